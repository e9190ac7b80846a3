/**
 * Overlapping ranges made flat: a paragraph cut wherever a mark (or a sentence, or the
 * marked passage) starts or ends, each piece carrying every mark that covers it. A quote
 * nested in another (a status change inside its decision) becomes pieces that carry both.
 */
export interface Range {
  start: number;
  end: number;
}

export interface Segment<T extends Range> extends Range {
  text: string;
  /** The marks covering the whole segment, outermost (longest) first. */
  marks: T[];
}

export function segmentText<T extends Range>(text: string, marks: readonly T[], cuts: readonly number[] = []): Segment<T>[] {
  const points = new Set<number>([0, text.length]);
  for (const mark of marks) {
    points.add(Math.max(0, Math.min(text.length, mark.start)));
    points.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  for (const cut of cuts) if (cut > 0 && cut < text.length) points.add(cut);
  const [first = 0, ...rest] = [...points].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  let start = first;
  for (const end of rest) {
    const covering = marks
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
    start = end;
  }
  return segments;
}

/**
 * Whether a segment holds no letter or digit: the ", " or "." left between the parts of a
 * quote that another quote nests in. Too small to be a target of its own (a 4 px button, and
 * a tab stop on a comma), it is drawn as part of the highlight but not as a button: every
 * quote has words, so its other pieces are.
 */
export function isWordless(segment: Pick<Segment<Range>, 'text'>): boolean {
  return !/[\p{L}\p{N}]/u.test(segment.text);
}

/** Whether a segment lies inside a range. */
export function within(segment: Range, range: Range | null): boolean {
  return range !== null && segment.start >= range.start && segment.end <= range.end;
}

/** A list with at least one item. */
export type Run<T> = [T, ...T[]];

/** Consecutive items that share the key, in order: `[[a, a], [b], [a]]`. */
export function runsBy<T>(items: readonly T[], key: (item: T) => unknown): Run<T>[] {
  const runs: Run<T>[] = [];
  let previous: unknown;
  for (const item of items) {
    const k = key(item);
    const last = runs.at(-1);
    if (last && k === previous) last.push(item);
    else runs.push([item]);
    previous = k;
  }
  return runs;
}
