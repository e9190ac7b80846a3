/**
 * The periods the decisions carry (terms of office, a programme's years, the next summit),
 * as marks for the timeline's period strip, and their rows, packed once unzoomed by what each
 * draws (period-labels.ts fits the labels at the current zoom). Pure.
 */
import type { DatasetIndex } from '../../../data/dataset-index';
import { firstDay, lastDay } from '../../../lib/calendar-date';
import { formatDateRange } from '../../../lib/format-date';
import type { Language } from '../../../lib/language';
import { packRows } from '../lanes';

export interface PeriodMark {
  id: string;
  decisionId: string;
  decisionTitle: string;
  label: string;
  /** "1 January 2013 – 31 December 2015", "2013", in the interface's language. */
  dates: string;
  startDay: number;
  endDay: number;
  row: number;
}

/**
 * The marks, packed into rows by days: a layout that holds at any scale, though a label
 * drawn beside its bar may run over a neighbour. The strip repacks them by pixels with
 * `placePeriods`.
 */
export function periodMarks(
  index: DatasetIndex,
  lang: Language = 'en',
): { marks: PeriodMark[]; rowCount: number } {
  const marks = index.dataset.decisions.flatMap((decision) =>
    decision.periods.map((period, i) => ({
      id: `${decision.id}-${i}`,
      decisionId: decision.id,
      decisionTitle: decision.title,
      label: period.label,
      dates: formatDateRange(period.start, period.end, lang),
      startDay: firstDay(period.start),
      endDay: lastDay(period.end),
      row: 0,
    })),
  );
  const { rows, rowCount } = packRows(marks);
  return { marks: marks.map((mark, i) => ({ ...mark, row: rows[i] ?? 0 })), rowCount };
}

/** Approximate width of a character of an 11 px label, for fitting labels without measuring. */
export const LABEL_CHAR_PX = 6.2;

/** A bar at least this wide carries its label inside. */
export const INSIDE_FROM_PX = 140;

/**
 * Where a period's label goes, on its own in a row: inside its bar when the bar is wide
 * enough, else just after it; when that would run past the plot's right edge, just before it,
 * ending at its start. The packer reckons extents with it; `fitPeriodLabels` draws the label,
 * and also cuts one that has room on neither side (here it would run past the plot's edge).
 */
export function periodLabelPlacement(
  left: number,
  right: number,
  width: number,
  labelLength: number,
): { x: number; anchor: 'start' | 'end'; inside: boolean } {
  const labelPx = labelLength * LABEL_CHAR_PX;
  if (right - left > INSIDE_FROM_PX) return { x: left + 4, anchor: 'start', inside: true };
  if (right + 4 + labelPx <= width || left - 4 - labelPx < 0) return { x: right + 4, anchor: 'start', inside: false };
  return { x: left - 4, anchor: 'end', inside: false };
}

/** Where a period lies relative to the visible plot. */
export function periodSide(x0: number, x1: number, width: number): 'before' | 'within' | 'after' {
  if (x1 < 0) return 'before';
  if (x0 > width) return 'after';
  return 'within';
}

/** The text a mark shows: its label and its dates. */
export function periodText(mark: Pick<PeriodMark, 'label' | 'dates'>): string {
  return `${mark.label}, ${mark.dates}`;
}

/** The narrowest a bar is drawn, so that a period of a few days still shows. */
export const MIN_BAR_PX = 4;

/** A bar's part within the plot, from its first day's left edge to its last day's right edge. */
export function visibleBar(x0: number, x1: number, width: number): { left: number; right: number } {
  return { left: Math.max(0, x0), right: Math.min(width, x1) };
}

/** Fewest characters a shortened label keeps, its "…" included: fewer would say nothing. */
const MIN_LABEL_CHARS = 4;

/**
 * `text` as drawn in at most `maxPx`: whole, cut with a trailing "…", or '' when not even
 * MIN_LABEL_CHARS fit.
 */
export function fitLabel(text: string, maxPx: number): string {
  // A hair of slack: widths are sums of LABEL_CHAR_PX, and 12 × 6.2 + 12 − 12 is not 12 × 6.2.
  const chars = Math.floor(maxPx / LABEL_CHAR_PX + 1e-9);
  if (text.length <= chars) return text;
  return chars < MIN_LABEL_CHARS ? '' : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** An edge marker's box is its text and 6 px of padding on either side. */
const MARKER_PAD_PX = 12;

export const markerWidth = (label: string) => label.length * LABEL_CHAR_PX + MARKER_PAD_PX;

/**
 * A marker's arrowed text in a box at most `maxPx` wide. The arrow stays when the words do
 * not fit: it still says that something lies beyond the edge.
 */
export function markerLabel(side: 'before' | 'after', text: string, maxPx: number): string {
  const words = fitLabel(text, maxPx - MARKER_PAD_PX - 2 * LABEL_CHAR_PX); // arrow and space
  if (side === 'after') return words ? `${words} →` : '→';
  return words ? `← ${words}` : '←';
}

/** The narrowest marker drawn: the arrow alone. */
export const MIN_MARKER_PX = markerWidth('→');

/**
 * The box standing at the plot's edge for a period outside it, with its arrowed text, as wide
 * as half the plot at most (a left and a right marker may share a row).
 */
export function edgeMarkerBox(
  side: 'before' | 'after',
  width: number,
  text: string,
): { x: number; boxWidth: number; label: string } {
  const label = markerLabel(side, text, width / 2 - 4);
  const boxWidth = markerWidth(label);
  return { x: side === 'after' ? width - boxWidth : 0, boxWidth, label };
}

/** A horizontal stretch of the strip, in pixels. */
export interface Extent {
  start: number;
  end: number;
}

/**
 * What a period draws at rest, in pixels: its bar and label, or its edge marker. Focus rings
 * are left out: they show on one mark at a time, and the gap between marks takes them.
 */
export function periodExtent(x0: number, x1: number, width: number, text: string): Extent {
  const side = periodSide(x0, x1, width);
  if (side !== 'within') {
    const { x, boxWidth } = edgeMarkerBox(side, width, text);
    return { start: x, end: x + boxWidth };
  }
  const { left, right } = visibleBar(x0, x1, width);
  const label = periodLabelPlacement(left, right, width, text.length);
  const labelPx = text.length * LABEL_CHAR_PX;
  // An inside label may still be longer than its bar: it runs on past the bar's end.
  const labelStart = label.anchor === 'start' ? label.x : label.x - labelPx;
  return {
    start: Math.min(left, labelStart),
    end: Math.max(left + Math.max(MIN_BAR_PX, right - left), labelStart + labelPx),
  };
}

/**
 * Pixels kept free between two marks in a row: room for a focus ring (3 px) on either side
 * and for labels a little wider than LABEL_CHAR_PX guesses. No more than 8, so that a left
 * and a right edge marker (each up to half the plot less 4 px) can still share a row.
 */
export const PERIOD_GAP_PX = 8;

/** What `periodExtent` needs of a mark. */
export type PeriodSpan = Pick<PeriodMark, 'startDay' | 'endDay' | 'label' | 'dates'>;

/**
 * The extent each mark occupies, given `dayToX` (a day's midnight → pixels) and the plot's
 * width.
 */
export function periodExtents(
  marks: readonly PeriodSpan[],
  dayToX: (day: number) => number,
  width: number,
): Extent[] {
  return marks.map((mark) =>
    periodExtent(dayToX(mark.startDay), dayToX(mark.endDay + 1), width, periodText(mark)),
  );
}

/**
 * Rows for the strip such that no two marks in a row come closer than PERIOD_GAP_PX on
 * screen, bar and label included; packing by days alone put a label over the next period.
 * Call it with the unzoomed scale: rows then stay put while the reader zooms and pans.
 * Returns the row of each mark, in input order, and the number of rows.
 */
export function packPeriodRows(
  marks: readonly PeriodSpan[],
  dayToX: (day: number) => number,
  width: number,
): { rows: number[]; rowCount: number } {
  // packRows' greedy partition, in pixels instead of days: an extent is a span whose last
  // "day" is end − 1, and rows keep PERIOD_GAP_PX between their spans.
  const spans = periodExtents(marks, dayToX, width).map(({ start, end }) => ({ startDay: start, endDay: end - 1 }));
  return packRows(spans, 0, PERIOD_GAP_PX);
}

/** The marks with their rows from `packPeriodRows`, and the number of rows. */
export function placePeriods(
  marks: readonly PeriodMark[],
  dayToX: (day: number) => number,
  width: number,
): { marks: PeriodMark[]; rowCount: number } {
  const { rows, rowCount } = packPeriodRows(marks, dayToX, width);
  return { marks: marks.map((mark, i) => ({ ...mark, row: rows[i] ?? 0 })), rowCount };
}
