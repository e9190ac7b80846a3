import { memo, useMemo, type ReactNode } from 'react';
import type { Paragraph } from '../../data/schema';
import type { SentenceCoverage } from './coverage';
import { isWordless, runsBy, segmentText, within, type Range, type Segment } from './segments';
import type { HeadingKind } from './source-headings';
import type { SourceMark } from './source-marks';
import { paragraphDomId } from './source-model';
import { SourceHighlight } from './SourceHighlight';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';

interface SourceParagraphProps {
  paragraph: Paragraph;
  number: number;
  marks: SourceMark[];
  heading: HeadingKind | null;
  /** The paragraph's sentences when coverage is shown, else null. */
  sentences: SentenceCoverage[] | null;
  /** The passage "In the source" asked for, when it is in this paragraph. */
  marked: Range | null;
  /** The keys of this paragraph's selected records, space-separated ('' for none). */
  selectedKeys: string;
  /** The start offset of the segment whose chooser is open here, if any. */
  openAt: number | null;
  chooserId: string;
  /** False: plain text, no highlights (a lazy paragraph far from the screen). */
  hydrated: boolean;
  onActivate: (paragraphId: string, segment: Segment<SourceMark>) => void;
}

/** Whether a click on the segment needs the chooser (several records, or nothing to select). */
export const needsChooser = (segment: Segment<SourceMark>) =>
  segment.marks.length > 1 || segment.marks[0]?.select === null;

/** The pill after a sentence, and what a screen reader hears instead. */
function feedsText(t: Translate, sentence: SentenceCoverage): [string, string] {
  const n = sentence.recordKeys.length;
  if (sentence.heading) return [t('source.pill.heading'), t('source.spoken.heading')];
  return [t('source.pill.records', { count: n }), t('source.spoken.records', { count: n })];
}

const HEADING_CLASS: Record<HeadingKind, string> = {
  kind: 'font-sans text-sm font-semibold tracking-[0.2em] text-muted uppercase',
  title: 'text-xl leading-snug font-semibold',
  dateline: 'italic text-muted',
};

/**
 * One paragraph of the release: its highlights, the marked passage, and its sentences'
 * coverage. Memoised: every prop stays equal unless this paragraph's drawing changes.
 */
export const SourceParagraph = memo(function SourceParagraph(props: SourceParagraphProps) {
  const { paragraph, heading, hydrated } = props;
  const Tag = heading === 'title' ? 'h3' : 'p';
  return (
    <Tag
      id={paragraphDomId(paragraph.id)}
      tabIndex={-1}
      data-paragraph-id={paragraph.id}
      data-marked={props.marked ? 'true' : undefined}
      data-hydrated={hydrated ? undefined : 'false'}
      className={`src-paragraph relative ${heading ? HEADING_CLASS[heading] : ''}`}
    >
      <span aria-hidden="true" className="src-number">
        {props.number}
      </span>
      {hydrated ? <ParagraphBody {...props} /> : paragraph.text}
    </Tag>
  );
});

/** The paragraph's text cut into highlights, sentences and the marked passage. */
function ParagraphBody(props: SourceParagraphProps) {
  const { paragraph, marks, sentences, marked, selectedKeys } = props;
  const t = useT();
  const selected = useMemo(() => new Set(selectedKeys.split(' ')), [selectedKeys]);
  const isSelected = (mark: SourceMark) => selected.has(mark.key);
  const cuts = [...(sentences ?? []).flatMap((s) => [s.start, s.end]), ...(marked ? [marked.start, marked.end] : [])];
  const segments = segmentText(paragraph.text, marks, cuts);

  const renderSegment = (segment: Segment<SourceMark>) => {
    if (segment.marks.length === 0) return <span key={segment.start}>{segment.text}</span>;
    const chooser = needsChooser(segment);
    const open = chooser && props.openAt === segment.start;
    return (
      <SourceHighlight
        key={segment.start}
        segment={segment}
        selected={segment.marks.some(isSelected)}
        selectedEndsHere={segment.marks.some((m) => m.end === segment.end && isSelected(m))}
        expanded={chooser ? open : undefined}
        chooserId={props.chooserId}
        onActivate={() => props.onActivate(paragraph.id, segment)}
        passive={isWordless(segment)}
      />
    );
  };
  const renderRun = (run: readonly Segment<SourceMark>[]): ReactNode[] =>
    runsBy(run, (s) => within(s, marked)).map((part) =>
      within(part[0], marked) ? (
        <mark key={`m${part[0].start}`} className="src-marked" data-source-marked="true">
          {part.map(renderSegment)}
        </mark>
      ) : (
        part.map(renderSegment)
      ),
    );
  const sentenceOf = (segment: Segment<SourceMark>) => sentences?.find((s) => within(segment, s)) ?? null;
  const body = sentences
    ? runsBy(segments, sentenceOf).map((run) => {
        const sentence = sentenceOf(run[0]);
        if (!sentence) return renderRun(run);
        const feeds = sentence.heading ? -1 : sentence.recordKeys.length;
        const [pill, spoken] = feedsText(t, sentence);
        return (
          <span key={`s${sentence.start}`}>
            <span className="src-sentence" data-feeds={feeds}>
              {renderRun(run)}
            </span>
            <span className="src-feeds" data-feeds={feeds} aria-hidden="true">
              {pill}
            </span>
            <span className="sr-only">{spoken}</span>
          </span>
        );
      })
    : renderRun(segments);

  return body;
}
