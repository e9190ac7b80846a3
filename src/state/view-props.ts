import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { DataLink } from './deep-link';
import type { HistoryMode } from './use-view-state';
import type { ViewState } from './view-state';

/** A request to show a quote in the source text ("In the source"). */
export interface SourceTarget {
  quote: string;
  /** What the quote is the source of, for the reader: "Meeting of defence ministers". */
  label: string;
  /** Bumped on each request, so asking twice for the same quote scrolls again. */
  nonce: number;
}

/** What every feature view receives from the explorer: the data, the view, and how to change it. */
export interface ViewProps {
  index: DatasetIndex;
  view: ViewState;
  /** The meetings the filters and search let through, in chronological order. */
  meetings: MeetingRecord[];
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Scrolls the source text to a quote and marks it. */
  showInSource: (quote: string, label: string) => void;
  sourceTarget: SourceTarget | null;
  /** The `dataset` parameter to keep in links: null for the default dataset. */
  datasetId: DataLink;
}
