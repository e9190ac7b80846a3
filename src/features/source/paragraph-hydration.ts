/**
 * Lazy paragraphs for large texts: a paragraph far from the screen is drawn as plain text
 * and gets its highlights ("hydrated") once it comes near. Pure decisions only; the
 * IntersectionObserver lives in use-hydration.ts.
 */
import type { SourceMark } from './source-marks';
import { LAZY_SOURCE_MARKS } from '../../data/large-dataset';

/** How near the screen a paragraph gets its highlights: well before it scrolls in. */
export const HYDRATION_MARGIN = '1500px 0px';

/** Whether a text with this many highlights draws far paragraphs as plain text. */
export const hydratesLazily = (markCount: number) => markCount > LAZY_SOURCE_MARKS;

/** The set with `ids` added; the same set when it holds them all already (so React can bail out). */
export function withHydrated(current: ReadonlySet<string>, ids: Iterable<string>): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (const id of ids) {
    if (current.has(id) || next?.has(id)) continue;
    next ??= new Set(current);
    next.add(id);
  }
  return next ?? current;
}

/**
 * The keys of the selected records in each paragraph, space-separated in a string, so a
 * paragraph's prop stays equal (and it skips rendering) unless its own selection changes.
 */
export function selectedKeysByParagraph(selected: readonly SourceMark[]): Map<string, string> {
  const byParagraph = new Map<string, string[]>();
  for (const mark of selected) {
    const keys = byParagraph.get(mark.paragraphId);
    if (keys) keys.push(mark.key);
    else byParagraph.set(mark.paragraphId, [mark.key]);
  }
  return new Map([...byParagraph].map(([id, keys]) => [id, [...new Set(keys)].sort().join(' ')]));
}
