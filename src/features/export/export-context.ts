/**
 * What every export needs besides the meetings: the dataset, the view and where the app
 * lives, so that each file can link back to the view and to each meeting. Pure: the base
 * URL is passed in, never read from `window` here.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import { linkFrom, type DataLink } from '../../state/deep-link';
import { EMPTY_VIEW, type ViewState } from '../../state/view-state';
import type { Message, Translate } from '../../i18n/translate';

export interface ExportContext {
  index: DatasetIndex;
  view: ViewState;
  /** The `dataset` parameter of links: null for the default dataset (left out of links). */
  datasetId: DataLink;
  /** The app's address without a query: origin and path, e.g. `https://example.org/sco/`. */
  baseUrl: string;
  /** The interface language: a file's words for people (a calendar's description) follow it. */
  t: Translate;
}

/** The deep link of the whole view, exactly as "Copy link" gives it. */
export function viewLink(context: ExportContext): string {
  return linkFrom(context.baseUrl, context.view, context.datasetId);
}

/** The deep link of one meeting: no filters, the meeting selected. */
export function meetingLink(context: ExportContext, meetingId: string): string {
  return linkFrom(context.baseUrl, { ...EMPTY_VIEW, event: meetingId }, context.datasetId);
}

/** `sco-meetings-sco-2012-beijing-3.csv`: the dataset and the number of meetings exported. */
export function exportFileName(context: ExportContext, count: number, extension: 'csv' | 'json' | 'ics'): string {
  return `sco-meetings-${context.index.dataset.id}-${count}.${extension}`;
}

/** An export that could not be written, with what to tell the reader (in their language). */
export class ExportFailure extends Error {
  constructor(readonly reason: Message) {
    super(reason.id);
  }
}
