/**
 * A plain-text source opened beside a user's data: its paragraphs are the blocks between
 * blank lines. Line breaks inside a paragraph and runs of spaces become one space (a text
 * wrapped at 72 columns still holds the sentence a row quotes); nothing else is changed,
 * and nothing is added: the source is its file name and its paragraphs.
 */
import type { Paragraph } from '../../data/schema';

/** Runs of white space as one space, trimmed: how quotes and paragraphs are compared. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseSpace)
    .filter(Boolean)
    .map((paragraph, i) => ({ id: `p${i + 1}`, text: paragraph }));
}
