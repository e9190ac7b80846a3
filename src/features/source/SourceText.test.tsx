import { loadedTranslate } from '../../i18n/translate';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/bench/synthetic-dataset';
import { indexDataset, type DatasetIndex } from '../../data/dataset-index';
import { realDataset, realIndex } from '../../test/fixtures';
import { goToSearch, renderInView } from '../../test/render-in-view';
import { HYDRATION_MARGIN, hydratesLazily } from './paragraph-hydration';
import { LAZY_SOURCE_MARKS } from '../../data/large-dataset';
import { segmentText } from './segments';
import { locateQuote } from './source-marks';
import { buildSourceModel, paragraphDomId } from './source-model';
import SourceText from './SourceText';

// Every drawn paragraph cuts its text into segments once: counting the cuts counts the renders.
vi.mock('./segments', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./segments')>();
  return { ...actual, segmentText: vi.fn(actual.segmentText) };
});
/** The texts of the paragraphs drawn with highlights since the last `mockClear`. */
const drawn = () => vi.mocked(segmentText).mock.calls.map(([text]) => text);
// SourceText asks this on each of its renders: counting the calls counts them.
vi.mock('./paragraph-hydration', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./paragraph-hydration')>();
  return { ...actual, hydratesLazily: vi.fn(actual.hydratesLazily) };
});
const sourceRenders = () => vi.mocked(hydratesLazily).mock.calls.length;

/** A stand-in IntersectionObserver: the test says which paragraphs come near the screen. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
}

/** Brings elements near the screen, or takes them far from it, as scrolling would. */
const comeNear = (...elements: Element[]) => scroll(true, elements);
const goFar = (...elements: Element[]) => scroll(false, elements);
function scroll(near: boolean, elements: Element[]) {
  act(() => {
    for (const observer of FakeObserver.instances) {
      const entries = elements
        .filter((e) => observer.observed.has(e))
        .map((target) => ({ target, isIntersecting: near }) as IntersectionObserverEntry);
      if (entries.length > 0) observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  });
}

/** The paragraphs' container, which the text's own observer watches. */
const textOf = () => {
  const text = document.querySelector('[data-paragraph-id]')?.parentElement;
  if (!text) throw new Error('no paragraphs drawn');
  return text;
};

/** The observer of the paragraphs (the one created first) and that of the text as a whole. */
const observers = () => {
  const [paragraphs, text] = FakeObserver.instances;
  if (!paragraphs || !text) throw new Error('the text is not watched');
  return { paragraphs, text };
};

/** Where scrollIntoView was called, and whether the element had its highlights by then. */
let scrolls: { element: Element; hydrated: boolean }[] = [];

beforeEach(() => {
  FakeObserver.instances = [];
  scrolls = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolls.push({ element: this, hydrated: this.querySelector('[data-record-keys]') !== null });
  };
  vi.mocked(segmentText).mockClear();
  vi.mocked(hydratesLazily).mockClear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The source section of `index`, opened at `search`. */
const renderSource = (index: DatasetIndex, search = '') =>
  renderInView(<SourceText index={index} sourceTarget={null} />, { index, search });

const paragraphOf = (index: DatasetIndex, quote: string) => {
  const location = locateQuote(index.dataset.source?.paragraphs ?? [], quote);
  if (!location) throw new Error(`quote not in the text: ${quote}`);
  const element = document.getElementById(paragraphDomId(location.paragraphId));
  if (!element) throw new Error(`paragraph not drawn: ${location.paragraphId}`);
  return { location, element };
};
const highlightsIn = (element: Element) => element.querySelectorAll('[data-record-keys]').length;

describe('SourceText on the real dataset', () => {
  const paragraphs = realDataset.source.paragraphs;

  it('draws every highlight at once', () => {
    renderSource(realIndex);
    expect(drawn()).toHaveLength(paragraphs.length);
    expect(document.querySelectorAll('[data-hydrated="false"]')).toHaveLength(0);
    expect(FakeObserver.instances).toHaveLength(0);
  });

  it('makes no button of the punctuation left between the parts of a nested quote', async () => {
    renderSource(realIndex);
    const buttons = [...document.querySelectorAll<HTMLElement>('.src-hl[role="button"]')];
    expect(buttons.length).toBeGreaterThan(0);
    // Each button quotes words: none is a lone ", " or "." (a 4 px target, a tab stop on a comma).
    for (const button of buttons) {
      const quoted = [...button.childNodes].filter((n) => !(n instanceof HTMLElement && n.matches('.sr-only, .src-selected-tag')));
      expect(quoted.map((n) => n.textContent).join('')).toMatch(/[\p{L}\p{N}]/u);
    }
    // The decision on Afghanistan and Turkey nests two status changes: its ", " and "." stay
    // highlighted, and a click on them still selects the decision.
    const { element } = paragraphOf(realIndex, 'and the Republic of Turkey – a SCO dialogue partner');
    const comma = [...element.querySelectorAll<HTMLElement>('.src-hl:not([role])')].find((e) => e.textContent === ', ');
    expect(comma).toBeDefined();
    await userEvent.click(comma!);
    await waitFor(() => expect(window.location.search).toContain('decision=new-observer-and-dialogue-partner'));
  });

  it('a filter change draws no paragraph; a selection redraws only its own', async () => {
    renderSource(realIndex);
    const renders = sourceRenders();
    vi.mocked(segmentText).mockClear();

    // A filter click changes the URL's filters and keeps its selection.
    goToSearch('?city=beijing');
    goToSearch('?city=beijing&from=2012-01-01');
    expect(drawn()).toEqual([]);
    expect(sourceRenders()).toBe(renders);

    const meeting = realIndex.meetingById.get('defence-ministers-2012');
    if (!meeting) throw new Error('no defence ministers meeting');
    goToSearch(`?city=beijing&from=2012-01-01&event=${meeting.id}`);
    const { location, element } = paragraphOf(realIndex, meeting.quote ?? '');
    // The text follows a selection after the paint that shows it (useViewSlice's background pace).
    await waitFor(() => expect(drawn()).toEqual([paragraphs.find((p) => p.id === location.paragraphId)?.text]));
    expect(sourceRenders()).toBeGreaterThan(renders);
    expect(within(element).getByRole('button', { name: /^Meeting: Meeting of defence ministers \(selected\)\./ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

describe('SourceText on a large dataset', () => {
  const generated = generateDataset({ events: 3000, seed: 1 });
  const index = indexDataset(generated);
  const paragraphs = generated.source.paragraphs;
  const last = generated.meetings.at(-1);
  if (!last) throw new Error('no meetings');

  it('is large enough to be lazy', () => {
    expect(buildSourceModel(index, loadedTranslate('en')!).marks.length).toBeGreaterThan(LAZY_SOURCE_MARKS);
  });

  it('watches its paragraphs only while the text is near the screen', () => {
    renderSource(index);
    const { paragraphs: watching, text } = observers();
    expect(text.observed).toEqual(new Set([textOf()]));
    expect(text.options?.rootMargin).toBe(HYDRATION_MARGIN);
    expect(watching.observed.size).toBe(0);
    comeNear(textOf());
    expect(watching.observed.size).toBe(paragraphs.length);
    // Far again: none is watched, so a frame far above the text checks none of them.
    goFar(textOf());
    expect(watching.observed.size).toBe(0);
    // Near again: only those not hydrated yet are watched.
    comeNear(textOf());
    comeNear(...[...document.querySelectorAll('[data-paragraph-id]')].slice(0, 3));
    goFar(textOf());
    comeNear(textOf());
    expect(watching.observed.size).toBe(paragraphs.length - 3);
  });

  it('draws paragraphs as plain text and hydrates each as it comes near the screen', () => {
    renderSource(index);
    comeNear(textOf());
    expect(drawn()).toEqual([]);
    expect(document.querySelectorAll('[data-record-keys]')).toHaveLength(0);
    // The same elements with the same text, so the page keeps its height.
    paragraphs.forEach((paragraph, i) => {
      const element = document.getElementById(paragraphDomId(paragraph.id));
      expect(element?.textContent).toBe(`${i + 1}${paragraph.text}`);
      expect(element).toHaveAttribute('data-hydrated', 'false');
    });
    const [observer] = FakeObserver.instances;
    expect(observer?.options?.rootMargin).toBe(HYDRATION_MARGIN);
    expect(observer?.observed.size).toBe(paragraphs.length);

    const near = paragraphs.slice(10, 12).map((p) => document.getElementById(paragraphDomId(p.id)) as Element);
    comeNear(...near);
    expect(drawn()).toEqual(paragraphs.slice(10, 12).map((p) => p.text));
    const inNear = near.map(highlightsIn);
    expect(Math.min(...inNear)).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-record-keys]')).toHaveLength(inNear[0]! + inNear[1]!);
    // Once hydrated, a paragraph is no longer watched.
    expect(observer?.observed.size).toBe(paragraphs.length - 2);
  });

  it('a filter change draws no paragraph', () => {
    renderSource(index);
    comeNear(textOf());
    comeNear(...[...document.querySelectorAll('[data-paragraph-id]')].slice(0, 5));
    vi.mocked(segmentText).mockClear();
    goToSearch(`?city=${index.dataset.reference.cities[0]?.id ?? ''}`);
    expect(drawn()).toEqual([]);
  });

  it('"In the source" hydrates a far paragraph, then scrolls to its marked passage', () => {
    const { rerender } = renderSource(index);
    rerender(<SourceText index={index} sourceTarget={{ quote: last.quote, label: last.title, nonce: 1 }} />);
    const { location, element } = paragraphOf(index, last.quote);
    expect(drawn()).toEqual([paragraphs.find((p) => p.id === location.paragraphId)?.text]);
    expect(element.querySelector('mark[data-source-marked]')).toHaveTextContent(last.quote);
    expect(scrolls).toEqual([{ element, hydrated: true }]);
    expect(element).toHaveFocus();
  });

  it('"Find" hydrates the paragraph of a selected record and focuses its highlight', async () => {
    renderSource(index, `?event=${last.id}`);
    const { element } = paragraphOf(index, last.quote);
    expect(highlightsIn(element)).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: `Find “Meeting: ${last.title}”` }));
    const highlight = element.querySelector(`[data-record-keys~="meeting:${last.id}"]`);
    expect(highlight).toHaveAccessibleName(expect.stringMatching(`^Meeting: ${last.title} \\(selected\\)\\.`));
    expect(highlight).toHaveFocus();
    expect(highlight).toHaveAttribute('aria-current', 'true');
    expect(scrolls.map((s) => s.element)).toEqual([highlight]);
    expect(drawn()).toHaveLength(1);
  });

  it('the coverage list shows a paragraph not yet hydrated', async () => {
    renderSource(index);
    await userEvent.click(screen.getByRole('button', { name: 'Show coverage' }));
    const [show] = screen.getAllByRole('button', { name: /^¶ \d+$/ });
    if (!show) throw new Error('no sentence feeds no record');
    const number = Number(show.textContent.replace(/\D/g, ''));
    const element = document.getElementById(paragraphDomId(paragraphs[number - 1]?.id ?? ''));
    expect(element).toHaveAttribute('data-hydrated', 'false');
    await userEvent.click(show);
    expect(element).not.toHaveAttribute('data-hydrated');
    expect(element?.querySelector('.src-feeds')).not.toBeNull();
    expect(element).toHaveFocus();
  });
});
