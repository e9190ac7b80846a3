import type { KeyboardEvent, ReactNode } from 'react';
import type { Segment } from './segments';
import type { SourceMark } from './source-marks';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';

interface SourceHighlightProps {
  segment: Segment<SourceMark>;
  /** Whether any of the segment's records is selected in the view. */
  selected: boolean;
  /** Whether a selected record ends with this segment: the "selected" tag goes there, once. */
  selectedEndsHere: boolean;
  /** For a segment that opens the chooser (several records, or nothing to select): is it open. */
  expanded: boolean | undefined;
  chooserId: string | undefined;
  onActivate: () => void;
  /** Punctuation between the parts of a quote (see isWordless): highlighted, not a button. */
  passive?: boolean;
}

/** The text a screen reader hears before the quoted words: kind and name of each record. */
export function highlightLabel(t: Translate, marks: readonly SourceMark[], selected: boolean): string {
  const names = marks.map((m) => m.label);
  return t('source.highlight', {
    count: names.length,
    names: names.join('; '),
    selected: selected ? 'yes' : 'no',
  });
}

/**
 * One highlighted piece of the source: an inline button (a span, so it wraps with the text
 * as a real <button> cannot) that carries the underline styles of every record covering it.
 */
export function SourceHighlight(props: SourceHighlightProps) {
  const { segment, selected, expanded, chooserId, onActivate } = props;
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate();
  };
  // Outermost record first: its underline is drawn around the inner ones.
  const content = segment.marks.reduceRight<ReactNode>(
    (inner, mark) => <span className={`src-k-${mark.kind}`}>{inner}</span>,
    segment.text,
  );
  const selectedTag = props.selectedEndsHere && (
    <span className="src-selected-tag" aria-hidden="true">
      {t('source.selectedTag')}
    </span>
  );
  if (props.passive) {
    // A click still lands on the quote; the keyboard reaches it through its other pieces.
    return (
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- punctuation inside a quote: its record is reached by keyboard through the quote's own buttons
      <span aria-current={selected ? 'true' : undefined} className="src-hl" onClick={onActivate}>
        {content}
        {selectedTag}
      </span>
    );
  }
  return (
    <span
      role="button"
      tabIndex={0}
      aria-current={selected ? 'true' : undefined}
      aria-expanded={expanded}
      aria-controls={expanded ? chooserId : undefined}
      data-record-keys={segment.marks.map((m) => m.key).join(' ')}
      data-kinds={[...new Set(segment.marks.map((m) => m.kind))].join(' ')}
      className="src-hl"
      onClick={onActivate}
      onKeyDown={onKeyDown}
    >
      <span className="sr-only">{highlightLabel(t, segment.marks, selected)}</span>
      {content}
      {selectedTag}
    </span>
  );
}
