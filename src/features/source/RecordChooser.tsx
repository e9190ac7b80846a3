import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SourceMark } from './source-marks';
import { useT } from '../../i18n/use-t';

interface RecordChooserProps {
  id: string;
  /** The passage's records, outermost first. */
  marks: SourceMark[];
  text: string;
  isSelected: (mark: SourceMark) => boolean;
  onSelect: (mark: SourceMark) => void;
  onClose: () => void;
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);

/**
 * What a passage feeds, when one click cannot say it: several records (a status change
 * inside its decision, two appointments in one sentence) or an organisation, which has
 * nothing to select in the URL. Takes focus on opening; Escape closes it.
 */
export function RecordChooser({ id, marks, text, isSelected, onSelect, onClose }: RecordChooserProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  const t = useT();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape, delegated from the chooser's buttons, closes it
    <div
      id={id}
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={t('source.chooserLabel', { text: shorten(text) })}
      onKeyDown={onKeyDown}
      className="src-chooser my-2 rounded-md border border-line bg-paper p-3 font-sans text-sm shadow-sm"
    >
      <p className="text-muted">
        {t('source.chooserFeeds', { text: shorten(text), count: marks.length })}
      </p>
      <ul className="mt-2 space-y-2">
        {marks.map((mark) => (
          <li key={mark.key} className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0 flex-1">
              <span className={`src-k-${mark.kind} text-xs font-semibold tracking-wide text-muted uppercase`}>
                {t(`source.kind.${mark.kind}`)}
              </span>{' '}
              <span className="font-semibold">{mark.name}</span>
              <p className="text-muted">{mark.detail}</p>
            </div>
            {mark.select === null ? (
              <span className="text-xs text-muted">{t('source.nothingToSelect')}</span>
            ) : isSelected(mark) ? (
              <span className="text-xs font-semibold text-accent">{t('decisions.selected')}</span>
            ) : (
              <button
                type="button"
                onClick={() => onSelect(mark)}
                aria-label={t('source.selectRecord', { label: mark.label })}
                className="rounded-md border border-line bg-panel px-2 py-0.5 hover:border-accent"
              >
                {t('source.select')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose} className="mt-2 text-accent underline underline-offset-2">
        {t('action.close')}
      </button>
    </div>
  );
}
