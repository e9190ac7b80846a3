/**
 * What a filter, a selection and a search keystroke render. Each section, and each decision
 * card, source paragraph, timeline mark and the map's country shapes, is wrapped in React's <Profiler>, which
 * reports every commit of its subtree. A view renders for a change of what it draws, never
 * merely because the explorer rendered: that is what keeps an interaction within a frame.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, memo, type ComponentType, type ProfilerOnRenderCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import manifest from '../../public/data/datasets.json';
import { rawDatasetJson, realIndex } from '../test/fixtures';
import { stubMatchMedia, stubResizeObserver } from '../test/stubs';
import { App } from './App';
import { createQueryClient, startLoading } from './start-loading';
import { pageAddress } from '../state/url-adapter';
import { startupRequest } from '../state/data-source';

/** Commits per profiled id since the last reset. */
const commits = new Map<string, number>();
const record: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);
const count = (id: string) => commits.get(id) ?? 0;
/** The profiled ids with a prefix that committed: `card:` ids, `paragraph:` ids. */
const committed = (prefix: string) =>
  [...commits.keys()].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length)).sort();

/** A component, profiled under an id drawn from its props. */
function profiled<P extends object>(Component: ComponentType<P>, id: (props: P) => string): ComponentType<P> {
  return function Profiled(props: P) {
    return (
      <Profiler id={id(props)} onRender={record}>
        <Component {...props} />
      </Profiler>
    );
  };
}

// The sections, as the explorer loads them.
vi.mock('../features/decisions/DecisionCards', async (load) => {
  const actual = await load<typeof import('../features/decisions/DecisionCards')>();
  return { ...actual, default: profiled(actual.default, () => 'decisions') };
});
vi.mock('../features/source/SourceText', async (load) => {
  const actual = await load<typeof import('../features/source/SourceText')>();
  return { ...actual, default: profiled(actual.default, () => 'source') };
});
vi.mock('../features/map/ParticipantMap', async (load) => {
  const actual = await load<typeof import('../features/map/ParticipantMap')>();
  return { ...actual, default: profiled(actual.default, () => 'map') };
});
vi.mock('../features/filters/FilterPanel', async (load) => {
  const actual = await load<typeof import('../features/filters/FilterPanel')>();
  return { ...actual, FilterPanel: profiled(actual.FilterPanel, () => 'filters') };
});
// Their parts: each wrapper is memoised as the part itself is, so it renders exactly when the
// part would.
vi.mock('../features/decisions/DecisionCard', async (load) => {
  const actual = await load<typeof import('../features/decisions/DecisionCard')>();
  return { ...actual, DecisionCard: profiled(actual.DecisionCard, (p) => `card:${p.decision.id}`) };
});
vi.mock('../features/source/SourceParagraph', async (load) => {
  const actual = await load<typeof import('../features/source/SourceParagraph')>();
  return { ...actual, SourceParagraph: memo(profiled(actual.SourceParagraph, (p) => `paragraph:${p.paragraph.id}`)) };
});
// The timeline's parts drawn from its scale: the timeline memoises them itself.
vi.mock('../features/timeline/periods/PeriodStrip', async (load) => {
  const actual = await load<typeof import('../features/timeline/periods/PeriodStrip')>();
  return { ...actual, PeriodStrip: profiled(actual.PeriodStrip, () => 'timeline-periods') };
});
vi.mock('../features/timeline/TimelineAxis', async (load) => {
  const actual = await load<typeof import('../features/timeline/TimelineAxis')>();
  return { ...actual, TimelineAxis: profiled(actual.TimelineAxis, () => 'timeline-axis') };
});
vi.mock('../features/timeline/CategoryLegend', async (load) => {
  const actual = await load<typeof import('../features/timeline/CategoryLegend')>();
  return { ...actual, CategoryLegend: profiled(actual.CategoryLegend, () => 'timeline-legend') };
});
vi.mock('../features/timeline/TimelineMark', async (load) => {
  const actual = await load<typeof import('../features/timeline/TimelineMark')>();
  return { ...actual, TimelineMark: memo(profiled(actual.TimelineMark, (p) => `mark:${p.meeting.id}`)) };
});
vi.mock('../features/map/StateShapes', async (load) => {
  const actual = await load<typeof import('../features/map/StateShapes')>();
  return { ...actual, StateShapes: memo(profiled(actual.StateShapes, () => 'state-shapes')) };
});

const files: Record<string, unknown> = {
  'datasets.json': manifest,
  'sco-2012-beijing.json': rawDatasetJson,
  'countries-110m.json': atlas,
};

async function openExplorer() {
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    const name = Object.keys(files).find((file) => url.endsWith(file) || url.includes(`/${file}?`));
    return Promise.resolve(name ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 }));
  });
  window.history.replaceState(null, '', '/');
  const client = createQueryClient();
  startLoading(client, startupRequest(window.location.search));
  render(<App queryClient={client} />);
  await screen.findByRole('list', { name: 'Meetings' }, { timeout: 15_000 });
}

/** Lets deferred renders, effects and nuqs' URL writes settle. */
/** A page at rest: background renders done, and the address written (with the render it brings). */
const settle = async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
  act(() => {
    pageAddress.writeQueued();
  });
};

describe('what an interaction renders', { timeout: 60_000 }, () => {
  let layOut: () => void;
  beforeEach(() => {
    stubMatchMedia();
    layOut = stubResizeObserver();
    Element.prototype.scrollIntoView = () => {};
    // jsdom lays nothing out: the timeline is drawn at this width, axis and periods included.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('renders, for a filter, a selection and a keystroke, only the views whose drawing changes', async () => {
    const user = userEvent.setup();
    await openExplorer();
    layOut();
    // Every section is drawn, the map with its shapes.
    await screen.findAllByRole('button', { name: /^Mongolia: observer/ }, { timeout: 15_000 });
    await screen.findByRole('heading', { name: 'Source text', level: 2 }, { timeout: 15_000 });
    await settle();
    expect(committed('card:').length).toBe(realIndex.dataset.decisions.length);
    expect(count('state-shapes')).toBeGreaterThan(0);
    expect(count('timeline-periods')).toBeGreaterThan(0);

    // A city filter: the filters and the map (its cities) follow; nothing else does.
    commits.clear();
    await user.click(screen.getByRole('checkbox', { name: /^Beijing/ }));
    expect(await screen.findByText(/^8 of 15 meetings shown/)).toBeInTheDocument();
    await settle();
    expect(count('filters')).toBeGreaterThan(0);
    expect(count('map')).toBeGreaterThan(0);
    expect(count('state-shapes')).toBe(0);
    // The timeline keeps its scale through a filter: its periods and legend stay as drawn.
    expect(count('timeline-periods')).toBe(0);
    expect(count('timeline-legend')).toBe(0);
    expect(count('decisions')).toBe(0);
    expect(committed('card:')).toEqual([]);
    expect(count('source')).toBe(0);
    expect(committed('paragraph:')).toEqual([]);

    // A selection: the cards and paragraphs whose highlight changes, and no filter.
    commits.clear();
    // A meeting in Beijing that fed decisions: its cards change their linked state.
    const meeting = realIndex.meetings.find(
      (m) => m.cityId === 'beijing' && realIndex.dataset.decisions.some((d) => d.meetingLinks.some((l) => l.meetingId === m.id)),
    );
    if (!meeting) throw new Error('no meeting in Beijing fed a decision');
    const list = screen.getByRole('list', { name: 'Meetings' });
    await user.click(within(list).getByRole('button', { name: new RegExp(meeting.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }));
    await settle();
    expect(window.location.search).toContain(`event=${meeting.id}`);
    expect(count('filters')).toBe(0);
    expect(count('state-shapes')).toBe(0);
    expect(count('timeline-periods')).toBe(0);
    expect(count('timeline-axis')).toBe(0);
    expect(count('timeline-legend')).toBe(0);
    // Of the timeline's marks, only the selected one and the one that leaves the tab order.
    const marks = committed('mark:');
    expect(marks).toContain(meeting.id);
    expect(marks.length).toBeLessThanOrEqual(2);
    const linked = realIndex.dataset.decisions
      .filter((d) => d.meetingLinks.some((link) => link.meetingId === meeting.id))
      .map((d) => d.id)
      .sort();
    expect(linked.length).toBeGreaterThan(0);
    expect(committed('card:')).toEqual(linked);
    const redrawn = committed('paragraph:');
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.length).toBeLessThanOrEqual(2);

    // A keystroke in the search box: the filters follow; the cards, the text and the shapes do not.
    commits.clear();
    await user.type(screen.getByRole('searchbox'), 'd');
    await settle();
    expect(count('filters')).toBeGreaterThan(0);
    expect(count('state-shapes')).toBe(0);
    expect(count('decisions')).toBe(0);
    expect(committed('card:')).toEqual([]);
    expect(count('source')).toBe(0);
    expect(committed('paragraph:')).toEqual([]);
  });
});
