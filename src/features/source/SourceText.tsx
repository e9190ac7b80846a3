import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ViewProps } from '../../state/view-props';
import { CoverageSummary } from './CoverageSummary';
import { RecordChooser } from './RecordChooser';
import type { Segment } from './segments';
import type { SourceMark } from './source-marks';
import type { Selection } from './source-records';
import { buildSourceModel, isRecordSelected, paragraphDomId, selectionPatch } from './source-model';
import { SourceLegend } from './SourceLegend';
import { needsChooser, SourceParagraph } from './SourceParagraph';
import { useSourceTarget } from './use-source-target';
import './source.css';

interface OpenPassage {
  paragraphId: string;
  start: number;
  text: string;
  marks: SourceMark[];
}

const behavior = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

/** Moves the reader (and focus) to an element of the text. */
function reveal(element: HTMLElement | null) {
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: behavior() });
  element.focus({ preventScroll: true });
}

/** Where a selected record is shown: the meeting's detail panel, the map. Decision cards scroll themselves. */
const RECORD_VIEWS: Record<Selection['param'], string | null> = { event: 'detail-heading', state: 'map-heading', decision: null };

/** Brings a record's view on screen, unless it already is (a sticky detail column). */
function landOn(param: Selection['param']) {
  const id = RECORD_VIEWS[param];
  const element = id ? document.getElementById(id) : null;
  if (!element) return;
  const { top, bottom } = element.getBoundingClientRect();
  if (top >= 0 && bottom <= window.innerHeight) return;
  element.scrollIntoView({ block: 'start', behavior: behavior() });
}

/** The press release with every quoted fact highlighted by kind, and its coverage (lazy-loaded). */
export default function SourceText({ index, view, update, sourceTarget }: ViewProps) {
  const { paragraphs } = index.dataset.source;
  const model = useMemo(() => buildSourceModel(index), [index]);
  const [showCoverage, setShowCoverage] = useState(false);
  const [open, setOpen] = useState<OpenPassage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { active, clear } = useSourceTarget(sourceTarget, paragraphs);
  const chooserId = useId();
  const isSelected = (mark: SourceMark) => isRecordSelected(mark, view);
  const selectedMarks = model.marks.filter(isSelected);
  // A click on a highlight lands on its record once the view has it.
  const landing = useRef<Selection | null>(null);
  useEffect(() => {
    const pending = landing.current;
    if (!pending || view[pending.param] !== pending.id) return;
    landing.current = null;
    landOn(pending.param);
  }, [view]);

  const select = (mark: SourceMark) => {
    if (!mark.select) return;
    landing.current = mark.select;
    update(selectionPatch(mark.select));
    setAnnouncement(`Selected ${mark.label}`);
  };
  const activate = (paragraphId: string, segment: Segment<SourceMark>) => {
    const [first] = segment.marks;
    if (first && !needsChooser(segment)) {
      select(first);
      return;
    }
    const same = open?.paragraphId === paragraphId && open.start === segment.start;
    setOpen(same ? null : { paragraphId, start: segment.start, text: segment.text, marks: segment.marks });
  };
  const closeChooser = () => {
    if (!open) return;
    const trigger = document.querySelector<HTMLElement>(`#${paragraphDomId(open.paragraphId)} [aria-expanded="true"]`);
    setOpen(null);
    trigger?.focus();
  };
  const findRecord = (key: string) =>
    reveal(document.querySelector<HTMLElement>(`[data-record-keys~="${CSS.escape(key)}"]`));

  return (
    <section aria-labelledby="source-heading" className="rounded-lg border border-line bg-panel p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="source-heading" className="font-serif text-xl font-semibold">
            Source text
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            The {index.dataset.source.kind.toLowerCase()} as published, paragraph by paragraph. Every fact of the
            dataset is quoted from it and highlighted here; select a highlight to show its record.
          </p>
        </div>
        <button
          type="button"
          aria-pressed={showCoverage}
          onClick={() => setShowCoverage((on) => !on)}
          className={`rounded-md border px-3 py-1.5 text-sm font-medium ${
            showCoverage ? 'border-accent bg-accent-soft' : 'border-line bg-paper hover:border-accent'
          }`}
        >
          Show coverage
        </button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <p role="status" className="sr-only">
        {active ? `Marked: ${active.label}` : ''}
      </p>
      <div className="mt-4 grid gap-6 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <aside aria-label="Legend and coverage" className="space-y-4 xl:sticky xl:top-4 xl:order-2 xl:self-start">
          <SourceLegend counts={model.kindCounts} />
          {selectedMarks.length > 0 && (
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Selected in the text</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {selectedMarks.map((mark) => (
                  <li key={mark.key}>
                    <button
                      type="button"
                      onClick={() => findRecord(mark.key)}
                      className="text-left text-accent underline underline-offset-2"
                    >
                      Find “{mark.label}”
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {showCoverage && (
            <CoverageSummary
              summary={model.summary}
              missing={model.missing}
              onShowParagraph={(id) => reveal(document.getElementById(paragraphDomId(id)))}
            />
          )}
        </aside>
        <div className="min-w-0 xl:order-1">
          {active && !active.location && (
            <p className="mb-3 rounded-md border border-line bg-paper px-3 py-2 text-sm">
              The passage for “{active.label}” is not in this text.{' '}
              <button type="button" onClick={clear} className="text-accent underline underline-offset-2">
                Dismiss
              </button>
            </p>
          )}
          <div className="max-w-[75ch] space-y-4 pl-9 font-serif text-[1.05rem] leading-8">
            {paragraphs.map((paragraph, i) => {
              const marked = active?.location?.paragraphId === paragraph.id ? active.location : null;
              return (
                <Fragment key={paragraph.id}>
                  {marked && active && (
                    <p className="font-sans text-sm leading-6">
                      <span className="font-semibold text-accent">Marked:</span> {active.label} ·{' '}
                      <button type="button" onClick={clear} className="text-accent underline underline-offset-2">
                        Clear mark
                      </button>
                    </p>
                  )}
                  <SourceParagraph
                    paragraph={paragraph}
                    number={i + 1}
                    marks={model.marksByParagraph.get(paragraph.id) ?? []}
                    heading={model.headings.get(paragraph.id) ?? null}
                    sentences={showCoverage ? (model.coverageByParagraph.get(paragraph.id) ?? []) : null}
                    marked={marked}
                    isSelected={isSelected}
                    openAt={open?.paragraphId === paragraph.id ? open.start : null}
                    chooserId={chooserId}
                    onActivate={(segment) => activate(paragraph.id, segment)}
                  />
                  {open?.paragraphId === paragraph.id && (
                    <RecordChooser
                      key={open.start}
                      id={chooserId}
                      marks={open.marks}
                      text={open.text}
                      isSelected={isSelected}
                      onSelect={select}
                      onClose={closeChooser}
                    />
                  )}
                </Fragment>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
