/**
 * A plain-text source opened beside a user's data: its paragraphs are the blocks between
 * blank lines. Line breaks inside a paragraph and runs of spaces become one space (a text
 * wrapped at 72 columns still holds the sentence a row quotes); nothing else is changed,
 * and nothing is added: the source is its file name and its paragraphs.
 */
import type { Paragraph } from '../../data/schema';

/** Runs of white space as one space, trimmed: how quotes and paragraphs are compared. */
export function collapseSpace(text: string): string {
  // Most quotes have nothing to collapse: a test is cheaper than a replace on every row.
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Space at either end, two in a row, or any white space but a plain space. */
const LOOSE_SPACE = /^\s|\s$|\s\s|[^\S ]/;

export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseSpace)
    .filter(Boolean)
    .map((paragraph, i) => ({ id: `p${i + 1}`, text: paragraph }));
}
