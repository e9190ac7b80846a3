/**
 * The meetings of a view as JSON: where they come from (source, dataset and version), the
 * view that selected them (its link and filters), then the meetings with the decisions
 * the release links to each.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { describeFilters, type FilterLine } from './describe-view';
import { viewLink, type ExportContext } from './export-context';
import { meetingFields, type MeetingFields } from './meeting-fields';

export interface JsonExport {
  /** Null for a user's chronology without a source text. */
  source: { title: string; publisher?: string; dateline?: string } | null;
  dataset: { id: string; title: string; version: string };
  view: {
    link: string;
    /** The active filters by URL parameter, as ids; `from`/`to` as calendar dates. */
    filters: Record<string, string | string[]>;
    /** The same filters in words. */
    description: FilterLine[];
  };
  exportedCount: number;
  meetings: (MeetingFields & { decisions: { id: string; title: string }[] })[];
}

export function toJsonExport(
  context: ExportContext,
  meetings: readonly MeetingRecord[],
): JsonExport {
  const { index, view } = context;
  const { dataset } = index;
  const filters: Record<string, string | string[]> = {};
  for (const key of ['city', 'ministry', 'country', 'category'] as const) {
    if (view[key].length) filters[key] = [...view[key]];
  }
  if (view.from) filters.from = view.from;
  if (view.to) filters.to = view.to;
  if (view.q) filters.q = view.q;
  return {
    source: dataset.source
      ? {
          title: dataset.source.title,
          publisher: dataset.source.publisher,
          dateline: dataset.source.dateline,
        }
      : null,
    dataset: { id: dataset.id, title: dataset.title, version: dataset.version },
    view: { link: viewLink(context), filters, description: describeFilters(context.t, index, view) },
    exportedCount: meetings.length,
    meetings: meetings.map((meeting) => ({
      ...meetingFields(context, meeting),
      decisions: (index.decisionsByMeeting.get(meeting.id) ?? []).map((d) => ({
        id: d.id,
        title: d.title,
      })),
    })),
  };
}

/** Pretty-printed, with a final newline. */
export function toJson(context: ExportContext, meetings: readonly MeetingRecord[]): string {
  return `${JSON.stringify(toJsonExport(context, meetings), null, 2)}\n`;
}
