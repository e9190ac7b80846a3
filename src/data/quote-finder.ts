/**
 * Finding the paragraph of the source that holds a quote, for the validator (every quote must
 * occur verbatim in one paragraph) and for the source view (where to draw each highlight).
 */

/**
 * A finder: `find(quote)` is the index of the first paragraph holding `quote` searching from
 * the paragraph of the previous hit and wrapping round, or -1. Records mostly follow the text's
 * order, so most quotes are found just after the previous one: linear time for 100,000 records
 * instead of a scan of every paragraph for every quote.
 *
 * Beyond the previous hit's paragraph, the search runs over the paragraphs joined into one
 * string. A record out of order (each year's summit, quoted from one early paragraph) then
 * costs one native `indexOf` over the text rather than one call for each of thousands of
 * paragraphs, which dominated at 100,000 meetings. A match that runs across a paragraph
 * boundary is skipped: quotes do not span paragraphs.
 */
export function quoteFinder(paragraphs: readonly string[]): (quote: string) => number {
  const text = new JoinedText(paragraphs);
  let last = 0;
  /** Where in paragraph `last` the previous quote starts. */
  let offset = 0;
  return (quote) => {
    const current = paragraphs[last];
    if (current === undefined) return -1;
    // The previous hit's paragraph, from the previous quote on, then from its start.
    let at = current.indexOf(quote, offset);
    if (at === -1) at = current.indexOf(quote);
    if (at !== -1) {
      offset = at;
      return last;
    }
    // The paragraphs after it, then those before it.
    at = text.find(quote, text.start(last + 1), paragraphs.length);
    if (at === -1) at = text.find(quote, 0, last);
    if (at === -1) return -1;
    last = text.paragraphAt(at);
    offset = at - text.start(last);
    return last;
  };
}

/**
 * Paragraphs as one string, and where each starts in it. Searching it with one native
 * `indexOf` is much faster than calling `indexOf` on thousands of paragraphs in turn.
 */
class JoinedText {
  private readonly text: string;
  /** `starts[i]`: where paragraph i starts; one more entry, just past the end. */
  private readonly starts: number[];

  constructor(paragraphs: readonly string[]) {
    // Any separator works: matches are checked against the paragraph bounds, not the separator.
    this.text = paragraphs.join('\n');
    this.starts = [0];
    for (const paragraph of paragraphs) {
      this.starts.push((this.starts.at(-1) ?? 0) + paragraph.length + 1);
    }
  }

  /**
   * Where the first occurrence of `quote` at or after `from` starts, among those that lie
   * within one paragraph and start before paragraph `to`; -1 if none does.
   */
  find(quote: string, from: number, to: number): number {
    const end = this.start(to);
    let at = from < end ? this.text.indexOf(quote, from) : -1;
    while (at !== -1 && at < end) {
      // A paragraph ends one before the next one starts (at the separator).
      if (at + quote.length <= this.start(this.paragraphAt(at) + 1) - 1) return at;
      at = this.text.indexOf(quote, at + 1);
    }
    return -1;
  }

  /** Where paragraph `index` starts; past the end for the paragraph after the last. */
  start(index: number): number {
    return this.starts[index] ?? this.text.length + 1;
  }

  /** The paragraph a position of the joined text falls in (binary search). */
  paragraphAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.start(middle) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
