/**
 * What a picture says about the view it shows, in words: the filters, then the choices that
 * change the drawing (lanes, roles before or after the summit, what is selected). Pure.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { sourceLine } from '../../data/source-line';
import { describeFilters, filterSummary } from './describe-view';
import type { ExportContext } from './export-context';

export type PictureKind = 'timeline' | 'map';

const GROUP_WORDS: Record<string, string> = {
  ministry: 'ministry or format',
  city: 'city',
  country: 'host country',
  category: 'category',
};

export function pictureTitle(kind: PictureKind, context: ExportContext, meetings: readonly MeetingRecord[]): string {
  const count = `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`;
  if (kind === 'timeline') return `Timeline of ${count}`;
  return `Participants by SCO role ${context.view.roles === 'before' ? 'before' : 'after'} the summit, and the cities of ${count}`;
}

/** One line per fact: "Filters: City: Dushanbe", "Lanes: by city", "Selected meeting: …". */
export function pictureDescription(kind: PictureKind, context: ExportContext): string[] {
  const { index, view } = context;
  const lines = [`Filters: ${filterSummary(describeFilters(index, view))}`];
  if (kind === 'timeline') lines.push(`Lanes: by ${GROUP_WORDS[view.group] ?? view.group}`);
  else lines.push(`Roles: as they stood ${view.roles === 'before' ? 'before' : 'after'} the summit’s decisions`);
  const meeting = view.event ? index.meetingById.get(view.event) : undefined;
  if (meeting) lines.push(`Selected meeting: ${meeting.title}`);
  const decision = view.decision ? index.decisionById.get(view.decision) : undefined;
  if (decision) lines.push(`Selected decision: ${decision.title}${kind === 'timeline' ? ' (its meetings marked)' : ''}`);
  const state = view.state ? index.countryById.get(view.state) : undefined;
  if (state && kind === 'map') lines.push(`Selected state: ${state.name}`);
  return lines;
}

/** The picture's footer: the source in one line, the dataset's version and content hash. */
export function pictureFooter(context: ExportContext, hash: string | null): string[] {
  const { dataset } = context.index;
  return [
    `Source: ${sourceLine(dataset) ?? 'none given (a chronology without a source text)'}`,
    `Data: “${dataset.title}”, dataset ${dataset.version}${hash ? `, content hash ${hash}` : ''} · SCO Timeline Explorer`,
  ];
}
