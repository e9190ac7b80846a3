/**
 * Period labels fitted at the current zoom: the strip's rows are packed once, at the unzoomed
 * scale (periods.ts), so zooming can bring a label against its neighbour; this shortens,
 * moves or drops labels and edge markers so that nothing in a row overlaps. Pure.
 */
import {
  INSIDE_FROM_PX,
  LABEL_CHAR_PX,
  markerLabel,
  markerWidth,
  MIN_BAR_PX,
  MIN_MARKER_PX,
  PERIOD_GAP_PX,
  fitLabel,
  periodSide,
  periodText,
  visibleBar,
  type PeriodMark,
  type PeriodSpan,
} from './periods';

/**
 * A period as the strip draws it at one scale, in pixels: PeriodStrip only renders this.
 * `text` is what the label shows: periodText whole, cut with a trailing "…", or '' (for an
 * edge marker, the arrowed text, or the arrow alone).
 */
export interface PeriodLayout {
  side: 'before' | 'within' | 'after';
  /**
   * The row it is drawn in: its packed row, except for an edge marker its row has no room
   * for (a bar runs off that edge), which takes the free edge of another row when one has it.
   */
  row: number;
  /** The bar, or the edge marker's box. */
  box: { x: number; width: number };
  /**
   * False for an edge marker its row has no room for: only its focus ring shows, on focus,
   * at the plot's edge (rings show one at a time, and may cover a neighbour meanwhile).
   */
  drawn: boolean;
  text: string;
  /** Where the text is anchored, and by which end. */
  textX: number;
  anchor: 'start' | 'end';
  /** Drawn inside its bar, in the bar's ink. */
  inside: boolean;
  /** The text is cut short: the strip adds the full text as a tooltip. */
  shortened: boolean;
}

/** A mark of one row on screen: its place in the input, its bar's ends and its full text. */
interface RowMark {
  i: number;
  x0: number;
  x1: number;
  text: string;
}

/**
 * Fits every label to the room it has in its row at the current scale (`dayToX`, zoomed):
 * rows are packed at the unzoomed scale, so zooming can bring a neighbour into a label's way.
 * Within a row no label or edge marker comes closer than PERIOD_GAP_PX to another mark's bar,
 * label or marker. A label goes inside a wide bar, else after its bar, else before it, else is
 * cut short on the roomier side; edge markers of one side line up from the edge. At the scale
 * the rows were packed at, every label that fits the plot is drawn whole where the packer put
 * it. Returns one layout per mark, in input order.
 */
export function fitPeriodLabels(
  marks: readonly (PeriodSpan & Pick<PeriodMark, 'row'>)[],
  dayToX: (day: number) => number,
  width: number,
): PeriodLayout[] {
  const rows = new Map<number, RowMark[]>();
  marks.forEach((mark, i) => {
    const rowMark = { i, x0: dayToX(mark.startDay), x1: dayToX(mark.endDay + 1), text: periodText(mark) };
    const members = rows.get(mark.row);
    if (members) members.push(rowMark);
    else rows.set(mark.row, [rowMark]);
  });
  const layouts = new Array<PeriodLayout>(marks.length);
  for (const [row, members] of rows) {
    // The periods of a row do not overlap in time, so time order is left-to-right order.
    members.sort(leftToRight);
    fitRow(members, row, width, layouts);
  }
  rehomeMarkers(rows, width, layouts);
  return layouts;
}

/** A layout before its row is known: what fitting one row decides. */
type Placed = Omit<PeriodLayout, 'row'>;

const leftToRight = (a: RowMark, b: RowMark) => a.x0 - b.x0 || a.i - b.i;

/**
 * Edge markers their own row has no room for move to the first other row that draws them
 * without dropping or shortening anything it already draws: zoomed in, a bar running off the
 * edge would otherwise hide the marker beside it (the next summit beside a term of office).
 * Rows stay as packed: this only uses room they leave.
 */
function rehomeMarkers(rows: Map<number, RowMark[]>, width: number, layouts: PeriodLayout[]): void {
  const homeless = [...rows.values()].flat().filter((m) => layouts[m.i]?.drawn === false);
  for (const marker of homeless) {
    const home = layouts[marker.i]?.row;
    for (const [row, members] of rows) {
      if (row === home) continue;
      const candidate = [...members, marker].sort(leftToRight);
      const trial: PeriodLayout[] = [];
      fitRow(candidate, row, width, trial);
      const keepsRow = members.every((m) => trial[m.i]?.drawn === layouts[m.i]?.drawn && trial[m.i]?.text === layouts[m.i]?.text);
      if (!keepsRow || !trial[marker.i]?.drawn) continue;
      for (const m of candidate) layouts[m.i] = trial[m.i] as PeriodLayout;
      rows.set(row, candidate);
      if (home !== undefined) rows.set(home, (rows.get(home) ?? []).filter((m) => m !== marker));
      break;
    }
  }
}

/**
 * One row: bars stay where their dates put them; markers take the room between the plot's
 * edges and the bars (half the plot at most on each side); labels take what is left.
 */
function fitRow(row: readonly RowMark[], rowIndex: number, width: number, out: PeriodLayout[]): void {
  const on = (side: PeriodLayout['side']) =>
    row.filter((m) => periodSide(m.x0, m.x1, width) === side);
  // `right` is where a bar's dates end, as the packer placed labels; `end` where it is drawn.
  const bars = on('within').map((m) => {
    const { left, right } = visibleBar(m.x0, m.x1, width);
    return { ...m, left, right, end: left + Math.max(MIN_BAR_PX, right - left) };
  });
  const firstLeft = bars[0]?.left ?? width;
  const lastEnd = Math.max(0, ...bars.map((bar) => bar.end));
  const gap = PERIOD_GAP_PX;
  const beforeEnd = Math.min(width / 2 - 4, firstLeft - gap);
  const afterStart = Math.max(width / 2 + 4, lastEnd + gap);
  const placed: Placed[] = [];
  const from = placeMarkers(on('before'), 'before', 0, beforeEnd, placed);
  const to = placeMarkers(on('after'), 'after', afterStart, width, placed);
  let lo = from; // labels start past everything drawn to their left
  bars.forEach((bar, k) => {
    const next = bars[k + 1];
    const label = placeLabel(bar.text, bar, lo, next ? next.left - gap : to);
    const box = { x: bar.left, width: bar.end - bar.left };
    placed[bar.i] = { side: 'within', box, drawn: true, ...label };
    const textPx = label.text.length * LABEL_CHAR_PX;
    const labelEnd = label.anchor === 'start' ? label.textX + textPx : label.textX;
    lo = Math.max(lo, bar.end + gap, label.text ? labelEnd + gap : lo);
  });
  for (const m of row) {
    const layout = placed[m.i];
    if (layout) out[m.i] = { ...layout, row: rowIndex };
  }
}

/**
 * A bar's label within `lo`…`hi`: inside a wide bar (running on past its end if need be),
 * else after the bar, else before it where only that side takes it whole, else cut short on
 * the roomier side.
 */
function placeLabel(
  text: string,
  bar: { left: number; right: number },
  lo: number,
  hi: number,
): Omit<Placed, 'side' | 'box' | 'drawn'> {
  const place = (x: number, anchor: 'start' | 'end', inside: boolean, roomPx: number) => {
    const fitted = fitLabel(text, roomPx);
    return { text: fitted, textX: x, anchor, inside, shortened: fitted !== text };
  };
  if (bar.right - bar.left > INSIDE_FROM_PX) {
    const x = Math.max(bar.left + 4, lo);
    return place(x, 'start', true, hi - x);
  }
  // Clamped to lo…hi: a bar narrower than MIN_BAR_PX is drawn wider than its dates.
  const afterX = Math.max(bar.right + 4, lo);
  const beforeX = Math.min(bar.left - 4, hi);
  const after = hi - afterX;
  const before = beforeX - lo;
  const full = text.length * LABEL_CHAR_PX;
  const afterIt = full <= after || (full > before && after >= before);
  return afterIt ? place(afterX, 'start', false, after) : place(beforeX, 'end', false, before);
}

/**
 * Edge markers of one side within `from`…`to`, lined up from the plot's edge with the period
 * furthest away outermost, each cut to its share of the room. Returns how far labels may reach
 * towards them: the first free pixel past the markers and their gap.
 */
function placeMarkers(
  markers: readonly RowMark[],
  side: 'before' | 'after',
  from: number,
  to: number,
  out: Placed[],
): number {
  // Nearest the plot first: it keeps its place when not every marker fits.
  const nearFirst = side === 'after' ? markers : [...markers].reverse();
  const naturals = nearFirst.map((m) => markerWidth(markerLabel(side, m.text, Infinity)));
  const widths = shareRoom(naturals, to - from);
  const plotEdge = side === 'after' ? to : from;
  let edge = plotEdge; // where the next marker out from the plot's edge stands
  const outermostFirst = nearFirst.map((mark, k) => ({ mark, room: widths[k] ?? 0 })).reverse();
  for (const { mark, room } of outermostFirst) {
    const label = markerLabel(side, mark.text, room);
    const shortened = label !== markerLabel(side, mark.text, Infinity);
    // Without room, it keeps a place at the plot's edge for its focus ring.
    const layout = markerLayout(side, label, room > 0 ? edge : plotEdge, shortened, room > 0);
    out[mark.i] = layout;
    if (!layout.drawn) continue;
    const { x, width } = layout.box;
    edge = side === 'after' ? x - PERIOD_GAP_PX : x + width + PERIOD_GAP_PX;
  }
  return edge;
}

/** A marker standing against `edge`: its right end on the after side, its left on the before. */
function markerLayout(
  side: 'before' | 'after',
  label: string,
  edge: number,
  shortened: boolean,
  drawn: boolean,
): Placed {
  const width = drawn ? markerWidth(label) : MIN_MARKER_PX;
  const x = side === 'after' ? edge - width : edge;
  return {
    side,
    box: { x, width },
    drawn,
    text: drawn ? label : '',
    textX: side === 'after' ? x + width - 6 : x + 6,
    anchor: side === 'after' ? 'end' : 'start',
    inside: false,
    shortened,
  };
}

/**
 * Widths for boxes side by side in `room` px, PERIOD_GAP_PX apart, listed by priority: each
 * its natural width where all fit, else the narrow ones whole and the rest an equal share of
 * what is left. Boxes past room for MIN_MARKER_PX each, from the end of the list, get 0.
 */
function shareRoom(naturals: readonly number[], room: number): number[] {
  const fits = Math.floor((room + PERIOD_GAP_PX) / (MIN_MARKER_PX + PERIOD_GAP_PX));
  const kept = Math.max(0, Math.min(naturals.length, fits));
  let free = room - Math.max(0, kept - 1) * PERIOD_GAP_PX;
  const widths = naturals.map(() => 0);
  const narrowFirst = widths.slice(0, kept).map((_, i) => i);
  narrowFirst.sort((a, b) => (naturals[a] ?? 0) - (naturals[b] ?? 0));
  narrowFirst.forEach((i, k) => {
    // Never more than an equal share of what is left, so the wider ones after get as much.
    widths[i] = Math.min(naturals[i] ?? 0, free / (kept - k));
    free -= widths[i];
  });
  return widths;
}
