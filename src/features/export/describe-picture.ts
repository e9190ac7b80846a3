/**
 * What a picture says about the view it shows, in words: the filters, then the choices that
 * change the drawing (lanes, roles before or after the summit, what is selected). Pure.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { sourceLine } from '../../data/source-line';
import { describeFilters, filterSummary } from './describe-view';
import type { ExportContext } from './export-context';
import { facetHeading } from '../../state/facet-label';

export type PictureKind = 'timeline' | 'map';

export function pictureTitle(kind: PictureKind, context: ExportContext, meetings: readonly MeetingRecord[]): string {
  const { t, view, index } = context;
  const count = meetings.length;
  if (kind === 'timeline') return t('picture.timelineTitle', { count });
  // A user's chronology names no participating states: its map shows places only.
  if (index.dataset.delegations.length === 0) return t('picture.placesTitle', { count });
  return t('picture.mapTitle', { count, moment: view.roles });
}

/** One line per fact: "Filters: City: Dushanbe", "Lanes: by city", "Selected meeting: …". */
export function pictureDescription(kind: PictureKind, context: ExportContext): string[] {
  const { index, view, t } = context;
  const lines = [t('picture.filters', { filters: filterSummary(t, describeFilters(t, index, view)) })];
  if (kind === 'timeline') lines.push(t('picture.lanes', { facet: facetHeading(t, view.group).toLowerCase() }));
  else lines.push(t('picture.roles', { moment: view.roles }));
  const meeting = view.event ? index.meetingById.get(view.event) : undefined;
  if (meeting) lines.push(t('picture.meeting', { title: meeting.title }));
  const decision = view.decision ? index.decisionById.get(view.decision) : undefined;
  if (decision) lines.push(t('picture.decision', { title: decision.title, kind }));
  const state = view.state ? index.countryById.get(view.state) : undefined;
  if (state && kind === 'map') lines.push(t('picture.state', { name: state.name }));
  return lines;
}

/** The picture's footer: the source in one line, the dataset's version and content hash. */
export function pictureFooter(context: ExportContext, hash: string | null): string[] {
  const { dataset } = context.index;
  const { t } = context;
  const line = sourceLine(dataset);
  return [
    line ? t('picture.source', { line }) : t('picture.noSource'),
    t('picture.data', { title: dataset.title, version: dataset.version, hash: hash ?? '', hasHash: hash ? 'yes' : 'no' }),
  ];
}
