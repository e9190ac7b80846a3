import { Fragment, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import type { SourceTarget } from '../../state/source-target';
import { useUpdateView } from '../../state/view-slice';
import { withViewSlice, type WithView } from '../../state/view-slice-section';
import type { Paragraph } from '../../data/schema';
import { CoverageSummary } from './CoverageSummary';
import { RecordChooser } from './RecordChooser';
import type { Segment } from './segments';
import type { SourceMark } from './source-marks';
import type { SentenceCoverage } from './coverage';
import { hydratesLazily, selectedKeysByParagraph } from './paragraph-hydration';
import { buildSourceModel, isRecordSelected, paragraphDomId, selectedMarks as marksSelectedBy, selectionPatch } from './source-model';
import { SourceLegend } from './SourceLegend';
import { needsChooser, SourceParagraph } from './SourceParagraph';
import { useHydration } from './use-hydration';
import { useSourceTarget } from './use-source-target';
import type { Selection } from './source-records';
import { scrollBehavior } from '../../ui/scroll-behavior';
import { useGoTo, type Destination } from '../../ui/navigation';
import './source.css';
import { useT } from '../../i18n/use-t';

interface OpenPassage {
  paragraphId: string;
  start: number;
  text: string;
  marks: SourceMark[];
}

/** Moves the reader (and focus) to an element of the text. */
function reveal(element: HTMLElement | null) {
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  element.focus({ preventScroll: true });
}

const NO_MARKS: SourceMark[] = [];
const NO_SENTENCES: SentenceCoverage[] = [];

const NO_PARAGRAPHS: readonly Paragraph[] = [];

/**
 * The parameters the text draws: the selection, never the filters. It follows each one after
 * the paint: the timeline, the cards or the map show a selection first, even one made here.
 */
const SLICE = ['event', 'decision', 'state'] as const;

/** Where a record selected in the text is shown. A decision's card scrolls itself. */
const RECORD_VIEWS: Record<Selection['param'], Destination | null> = {
  event: 'detail',
  state: 'map',
  decision: null,
};

interface SourceTextProps {
  index: DatasetIndex;
  /** The last "In the source" request. */
  sourceTarget: SourceTarget | null;
}

/**
 * The press release with every quoted fact highlighted by kind, and its coverage (lazy-loaded).
 * It subscribes to the selection only, so a filter change does not render it. On a large
 * text, paragraphs get their highlights as they come near the screen.
 */
function SourceText({ index, sourceTarget, view }: WithView<SourceTextProps, (typeof SLICE)[number]>) {
  const update = useUpdateView();
  const goTo = useGoTo();
  const paragraphs = index.dataset.source?.paragraphs ?? NO_PARAGRAPHS;
  const t = useT();
  const model = useMemo(() => buildSourceModel(index, t), [index, t]);
  const [showCoverage, setShowCoverage] = useState(false);
  const [open, setOpen] = useState<OpenPassage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const { isHydrated, whenRendered } = useHydration(hydratesLazily(model.marks.length), textRef, paragraphs);
  const { active, clear } = useSourceTarget(sourceTarget, paragraphs, whenRendered);
  const chooserId = useId();
  const { event, decision, state } = view;
  const selectedMarks = useMemo(() => marksSelectedBy(model, { event, decision, state }), [model, event, decision, state]);
  const selectedKeys = useMemo(() => selectedKeysByParagraph(selectedMarks), [selectedMarks]);
  const isSelected = useCallback((mark: SourceMark) => isRecordSelected(mark, { event, decision, state }), [event, decision, state]);
  // A click on a highlight lands on its record once the view has it.
  const landing = useRef<Selection | null>(null);
  useEffect(() => {
    const pending = landing.current;
    if (!pending || { event, decision, state }[pending.param] !== pending.id) return;
    landing.current = null;
    // Leaving the page, or selecting something else, cancels a landing still waiting.
    const destination = RECORD_VIEWS[pending.param];
    return destination ? goTo(destination, { onlyIfHidden: true }) : undefined;
  }, [event, decision, state, goTo]);

  const select = useCallback(
    (mark: SourceMark) => {
      if (!mark.select) return;
      landing.current = mark.select;
      update(selectionPatch(mark.select));
      setAnnouncement(t('source.announceSelected', { label: mark.label }));
    },
    [update, t],
  );
  const activate = useCallback(
    (paragraphId: string, segment: Segment<SourceMark>) => {
      const [first] = segment.marks;
      if (first && !needsChooser(segment)) {
        select(first);
        return;
      }
      setOpen((open) =>
        open?.paragraphId === paragraphId && open.start === segment.start
          ? null
          : { paragraphId, start: segment.start, text: segment.text, marks: segment.marks },
      );
    },
    [select],
  );
  const closeChooser = () => {
    if (!open) return;
    const trigger = document.querySelector<HTMLElement>(`#${paragraphDomId(open.paragraphId)} [aria-expanded="true"]`);
    setOpen(null);
    trigger?.focus();
  };
  const findRecord = (mark: SourceMark) =>
    whenRendered(mark.paragraphId, () =>
      reveal(document.querySelector<HTMLElement>(`[data-record-keys~="${CSS.escape(mark.key)}"]`)),
    );
  const showParagraph = (id: string) => whenRendered(id, () => reveal(document.getElementById(paragraphDomId(id))));

  return (
    <section aria-labelledby="source-heading" className="rounded-lg border border-line bg-panel p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="source-heading" className="font-serif text-xl font-semibold">
            {t('source.heading')}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            {t('source.intro', { kind: index.dataset.source?.kind ?? t('source.text') })}
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
          {t('source.showCoverage')}
        </button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <p role="status" className="sr-only">
        {active ? t('source.markedLabel', { label: active.label }) : ''}
      </p>
      <div className="mt-4 grid gap-6 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <aside aria-label={t('source.aside')} className="space-y-4 xl:sticky xl:top-4 xl:order-2 xl:self-start">
          <SourceLegend counts={model.kindCounts} />
          {selectedMarks.length > 0 && (
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{t('source.selectedInText')}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {selectedMarks.map((mark) => (
                  <li key={mark.key}>
                    <button
                      type="button"
                      onClick={() => findRecord(mark)}
                      className="text-left text-accent underline underline-offset-2"
                    >
                      {t('source.find', { label: mark.label })}
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
              onShowParagraph={showParagraph}
            />
          )}
        </aside>
        <div className="min-w-0 xl:order-1">
          {active && !active.location && (
            <p className="mb-3 rounded-md border border-line bg-paper px-3 py-2 text-sm">
              {t('source.notInText', { label: active.label })}{' '}
              <button type="button" onClick={clear} className="text-accent underline underline-offset-2">
                {t('action.dismiss')}
              </button>
            </p>
          )}
          <div ref={textRef} className="max-w-[75ch] space-y-4 pl-9 font-serif text-[1.05rem] leading-8">
            {paragraphs.map((paragraph, i) => {
              const marked = active?.location?.paragraphId === paragraph.id ? active.location : null;
              return (
                <Fragment key={paragraph.id}>
                  {marked && active && (
                    <p className="font-sans text-sm leading-6">
                      <span className="font-semibold text-accent">{t('source.markedColon')}</span> {active.label} ·{' '}
                      <button type="button" onClick={clear} className="text-accent underline underline-offset-2">
                        {t('source.clearMark')}
                      </button>
                    </p>
                  )}
                  <SourceParagraph
                    paragraph={paragraph}
                    number={i + 1}
                    marks={model.marksByParagraph.get(paragraph.id) ?? NO_MARKS}
                    heading={model.headings.get(paragraph.id) ?? null}
                    sentences={showCoverage ? (model.coverageByParagraph.get(paragraph.id) ?? NO_SENTENCES) : null}
                    marked={marked}
                    selectedKeys={selectedKeys.get(paragraph.id) ?? ''}
                    openAt={open?.paragraphId === paragraph.id ? open.start : null}
                    chooserId={chooserId}
                    hydrated={marked !== null || isHydrated(paragraph.id)}
                    onActivate={activate}
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

export default withViewSlice(SLICE, SLICE, SourceText);
