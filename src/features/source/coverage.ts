/**
 * Coverage: which sentences of the source feed which records, and which feed none, so a
 * reader can check that nothing of substance was left out of the dataset.
 */
import type { Paragraph } from '../../data/schema';
import type { Range } from './segments';
import type { HeadingKind } from './source-headings';

/** Titles and initials that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['Mrs', 'Messrs', 'Mme', 'Prof', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt', 'Gov', 'Sen', 'Rev', 'Art', 'Nos', 'Vol', 'No', 'cf', 'e.g', 'i.e', 'vs']);

// A full stop, ! or ?, any closing quotes or brackets, space, then what can start a sentence.
const BOUNDARY = /[.!?]["'”’)\]]*(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

/** An initial ("N", "Ts"), a title ("Mr", "St", "Prof"), or dotted letters ("U.S"). */
function isAbbreviation(word: string): boolean {
  const token = word.replace(/^["'“‘([]+/, '');
  return /^\p{Lu}\p{Ll}?$/u.test(token) || ABBREVIATIONS.has(token) || /^(\p{L}\.)+\p{L}$/u.test(token);
}

/** Sentence ranges in a text, whitespace between sentences left out. */
export function splitSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let start = text.search(/\S/);
  if (start === -1) return sentences;
  for (const match of text.matchAll(BOUNDARY)) {
    const space = match[1] ?? '';
    const end = match.index + match[0].length - space.length;
    const before = text.slice(start, match.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    if (isAbbreviation(word)) continue;
    sentences.push({ start, end });
    start = end + space.length;
  }
  const end = text.trimEnd().length;
  if (end > start) sentences.push({ start, end });
  return sentences;
}

export interface SentenceCoverage extends Range {
  paragraphId: string;
  /** 1-based position of the paragraph in the source. */
  paragraphNumber: number;
  text: string;
  /** Keys of the records whose quotes overlap the sentence. */
  recordKeys: string[];
  /** Set when the sentence is one of the release's heading lines. */
  heading: HeadingKind | null;
}

export interface CoverageSummary {
  total: number;
  /** Sentences that feed at least one record. */
  fed: number;
  unfed: SentenceCoverage[];
}

interface LocatedKey extends Range {
  key: string;
  paragraphId: string;
}

export function sentenceCoverage(
  paragraphs: readonly Paragraph[],
  marks: readonly LocatedKey[],
  headings: ReadonlyMap<string, HeadingKind> = new Map(),
): SentenceCoverage[] {
  // Grouped once: filtering every mark for every paragraph is quadratic (seconds at 100,000 records).
  const byParagraph = new Map<string, LocatedKey[]>();
  for (const mark of marks) {
    const own = byParagraph.get(mark.paragraphId);
    if (own) own.push(mark);
    else byParagraph.set(mark.paragraphId, [mark]);
  }
  return paragraphs.flatMap((paragraph, i) => {
    const own = byParagraph.get(paragraph.id) ?? [];
    return splitSentences(paragraph.text).map((range) => ({
      ...range,
      paragraphId: paragraph.id,
      paragraphNumber: i + 1,
      text: paragraph.text.slice(range.start, range.end),
      recordKeys: [...new Set(own.filter((m) => m.start < range.end && m.end > range.start).map((m) => m.key))],
      heading: headings.get(paragraph.id) ?? null,
    }));
  });
}

export function summariseCoverage(coverage: readonly SentenceCoverage[]): CoverageSummary {
  const unfed = coverage.filter((s) => s.recordKeys.length === 0);
  return { total: coverage.length, fed: coverage.length - unfed.length, unfed };
}
