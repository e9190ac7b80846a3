/** A request to show a quote in the source text ("In the source"). */
export interface SourceTarget {
  quote: string;
  /** What the quote is the source of, for the reader: "Meeting of defence ministers". */
  label: string;
  /** Bumped on each request, so asking twice for the same quote scrolls again. */
  nonce: number;
}

/** Scrolls the source text to a quote and marks it. */
export type ShowInSource = (quote: string, label: string) => void;
