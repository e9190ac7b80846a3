/**
 * Where each quoted fact sits in the source: its paragraph and character range. A quote is
 * found in the order the release states the facts.
 */
import type { Paragraph } from '../../data/schema';
import { quoteFinder } from '../../data/quote-finder';
import type { SourceRecord } from './source-records';

export interface QuoteLocation {
  paragraphId: string;
  /** Character offsets into the paragraph's text, end exclusive. */
  start: number;
  end: number;
}

export type SourceMark = SourceRecord & QuoteLocation;

export interface LocatedRecords {
  marks: SourceMark[];
  /** Records whose quote is in no paragraph (a validated dataset has none). */
  missing: SourceRecord[];
}

/** The first occurrence of a verbatim quote; null when no paragraph holds it. */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | null {
  if (!quote) return null;
  for (const paragraph of paragraphs) {
    const start = paragraph.text.indexOf(quote);
    if (start !== -1) return { paragraphId: paragraph.id, start, end: start + quote.length };
  }
  return null;
}

/**
 * Locates every record. Records mostly follow the text's order, so each search starts at the
 * paragraph of the previous hit (the validator's quote finder): linear for 100,000 records
 * where a search from the top each time would be quadratic.
 */
export function locateRecords(paragraphs: readonly Paragraph[], records: readonly SourceRecord[]): LocatedRecords {
  const marks: SourceMark[] = [];
  const missing: SourceRecord[] = [];
  const findParagraph = quoteFinder(paragraphs.map((p) => p.text));
  for (const record of records) {
    const paragraph = record.quote ? paragraphs[findParagraph(record.quote)] : undefined;
    const start = paragraph ? paragraph.text.indexOf(record.quote) : -1;
    const location = paragraph && start !== -1 ? { paragraphId: paragraph.id, start, end: start + record.quote.length } : null;
    if (location) marks.push({ ...record, ...location });
    else missing.push(record);
  }
  return { marks, missing };
}

/** The marks of each paragraph, outer (longer) marks first where they start together. */
export function marksByParagraph(marks: readonly SourceMark[]): Map<string, SourceMark[]> {
  const byParagraph = new Map<string, SourceMark[]>();
  for (const mark of marks) {
    const list = byParagraph.get(mark.paragraphId) ?? [];
    list.push(mark);
    byParagraph.set(mark.paragraphId, list);
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return byParagraph;
}
