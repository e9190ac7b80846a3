import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { datasetHash } from '../data/dataset-hash';
import { calendarDateOf, citeRecord, type CitationDataset, type CitedRecord } from '../lib/citation';
import { citationCslJson, citationRis } from '../lib/citation-formats';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/message-ids';

interface CiteButtonProps {
  /** The record cited: its kind, id and title. */
  record: CitedRecord;
  /** The deep link to the record (see `deepLink` in state/deep-link.ts). */
  url: string;
  /** The dataset: its id (BibTeX key), version and source. */
  dataset: CitationDataset;
  /** Classes for the "Cite" button, to match where it sits. */
  buttonClassName?: string;
}

type Form = 'text' | 'bibtex' | 'ris' | 'csl';
const FORMS: readonly Form[] = ['text', 'bibtex', 'ris', 'csl'];
/** Each form's name (BibTeX, RIS and CSL-JSON are names in every language). */
const FORM_NAMES: Record<Form, MessageId> = {
  text: 'cite.form.text',
  bibtex: 'cite.form.bibtex',
  ris: 'cite.form.ris',
  csl: 'cite.form.csl',
};
const FORM_ROWS: Record<Form, number> = { text: 6, bibtex: 10, ris: 8, csl: 8 };

/** The dataset file's content hash, asked for once the panel opens; null until known (or if unknowable). */
function useDatasetHash(datasetId: string, wanted: boolean): string | null {
  const [hash, setHash] = useState<{ id: string; value: string | null } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void datasetHash(datasetId).then((value) => {
      if (live) setHash({ id: datasetId, value });
    });
    return () => {
      live = false;
    };
  }, [datasetId, wanted]);
  return hash?.id === datasetId ? hash.value : null;
}

/**
 * "Cite": a disclosure with the citation of the press release for one record, as plain
 * text, BibTeX, RIS and CSL-JSON (what reference managers import), each with a Copy button.
 * The access date is today's, taken on opening; the dataset's content hash joins the
 * citations once computed (a moment after opening).
 * Renders the button and, when open, the panel as siblings: in a wrapping flex row the
 * panel takes a line of its own (`basis-full`). Escape in the panel closes it alone.
 */
export function CiteButton({ record, url, dataset, buttonClassName }: CiteButtonProps) {
  const id = useId();
  const t = useT();
  const [accessed, setAccessed] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fields = useRef<Partial<Record<Form, HTMLTextAreaElement | null>>>({});
  const open = accessed !== null;
  const hash = useDatasetHash(dataset.id, open);
  const context = open ? { dataset, url, accessed, hash } : null;
  const citation = context
    ? { ...citeRecord(record, context), ris: citationRis(record, context), csl: citationCslJson(record, context) }
    : null;

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const toggle = () => {
    setStatus('');
    setAccessed(open ? null : calendarDateOf(new Date()));
  };
  const close = () => {
    setAccessed(null);
    buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The panel closes alone: the card or detail panel around it stays open.
    event.stopPropagation();
    close();
  };
  const copy = async (form: Form, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('cite.copied', { form }));
    } catch {
      fields.current[form]?.select();
      setStatus(t('cite.copyFailed'));
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={toggle}
        className={
          buttonClassName ??
          'rounded-md border border-line bg-paper px-2.5 py-1 text-sm font-medium hover:border-accent'
        }
      >
        {t('cite.button')}
      </button>
      {citation && (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape, delegated from the panel's fields and buttons, closes it
        <div
          id={`${id}-panel`}
          role="group"
          aria-label={t('cite.panel', { title: record.title })}
          onKeyDown={onKeyDown}
          className="w-full min-w-0 basis-full space-y-3 rounded-md border border-line bg-paper p-3"
        >
          {FORMS.map((form) => {
            const value = citation[form];
            return (
              <div key={form}>
                <div className="flex items-center justify-between gap-2">
                  <label htmlFor={`${id}-${form}`} className="text-xs font-semibold tracking-wide text-muted uppercase">
                    {t(FORM_NAMES[form])}
                  </label>
                  <button
                    type="button"
                    aria-label={t('cite.copyForm', { form })}
                    onClick={() => void copy(form, value)}
                    className="rounded-md border border-line bg-panel px-2 py-0.5 text-sm hover:border-accent"
                  >
                    {t('cite.copy')}
                  </button>
                </div>
                <textarea
                  id={`${id}-${form}`}
                  ref={(node) => {
                    fields.current[form] = node;
                  }}
                  readOnly
                  value={value}
                  rows={FORM_ROWS[form]}
                  spellCheck={false}
                  className="mt-1 block w-full resize-y rounded border border-line bg-panel p-2 font-mono text-xs leading-relaxed"
                />
              </div>
            );
          })}
          <div className="flex items-center justify-between gap-2">
            <p role="status" className="text-sm text-muted">
              {status}
            </p>
            <button type="button" onClick={close} className="text-sm text-accent underline underline-offset-2">
              {t('cite.close')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
