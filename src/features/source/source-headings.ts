/**
 * The release's opening lines that are headings, not statements: its kind ("PRESS RELEASE"),
 * its title and its dateline. They are recognised against the dataset's `source`, which
 * carries the same three facts for the citation.
 */
import type { Paragraph } from '../../data/schema';

export type HeadingKind = 'kind' | 'title' | 'dateline';

export interface HeadingSource {
  kind?: string;
  title: string;
  dateline?: string;
}

const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function headingKind(text: string, source: HeadingSource): HeadingKind | null {
  const value = normalise(text);
  if (!value) return null;
  if (source.kind && value === normalise(source.kind)) return 'kind';
  if (source.dateline && value === normalise(source.dateline)) return 'dateline';
  const title = normalise(source.title);
  if (title === value || title.endsWith(` ${value}`)) return 'title';
  return null;
}

/** The leading paragraphs that are headings, by paragraph id; the first statement ends them. */
export function leadingHeadings(paragraphs: readonly Paragraph[], source: HeadingSource): Map<string, HeadingKind> {
  const headings = new Map<string, HeadingKind>();
  for (const paragraph of paragraphs) {
    const kind = headingKind(paragraph.text, source);
    if (!kind) break;
    headings.set(paragraph.id, kind);
  }
  return headings;
}
