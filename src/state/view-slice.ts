/**
 * Per-view subscriptions to the URL state. Each section reads only the parameters it draws
 * (`useViewSlice(['event', 'decision'])`), through nuqs' per-key hooks: nuqs re-renders a hook
 * only when one of its own keys changes, so a city filter does not render the decision cards,
 * and a selection does not render the filters. Parsing stays in view-state.ts, per slice.
 *
 * Why nuqs' hooks rather than a store of our own: nuqs already owns the URL (history,
 * Back/Forward, batching), and its key isolation is the subscription; a second store would
 * have to mirror the URL and could drift from it.
 */
import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import { createMultiParser, useQueryStates } from 'nuqs';
import { parseViewState, type ViewState, type Vocabulary } from './view-state';

/** A change to the view: the fields to set, or a function of the latest view that returns them. */
export type ViewPatch = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

/** `push` for discrete selections (Back steps through them), `replace` for typing and dragging. */
export type HistoryMode = 'push' | 'replace';

export type UpdateView = (patch: ViewPatch, mode?: HistoryMode) => void;

/** A view field, named as its URL parameter. */
export type ViewKey = keyof ViewState;

/**
 * Every value of a parameter, as given: nuqs' own parsers read only the first of a repeated
 * parameter (`city=a&city=b`), and the contract merges them (see parseViewState).
 */
export const allValues = createMultiParser<readonly string[]>({
  parse: (values) => values,
  serialize: (values) => [...values],
  eq: (a, b) => a.length === b.length && a.every((value, i) => value === b[i]),
});

/** What a section needs to read and change the view: stable for the life of a dataset. */
export interface ViewAccess {
  vocabulary: Vocabulary;
  update: UpdateView;
  /**
   * A large dataset: the views below the controls follow a change in a background render
   * that React can interrupt (see useViewSlice's `pace`), so the timeline paints first.
   */
  large: boolean;
}

/**
 * `urgent`: the view follows the URL in the same render as the controls (the filter panel's
 * ticks). `background`: on a large dataset it catches up a moment later, in a render React
 * can interrupt; on a small one it is urgent too, so nothing ever lags there.
 */
export type SlicePace = 'urgent' | 'background';

export const ViewAccessContext = createContext<ViewAccess | null>(null);

function useViewAccess(): ViewAccess {
  const access = useContext(ViewAccessContext);
  if (!access) throw new Error('useViewSlice: render inside the explorer (ViewAccessContext)');
  return access;
}

/** How to change the view, from any section: `update({ event: id })`. */
export function useUpdateView(): UpdateView {
  return useViewAccess().update;
}

/** nuqs' key map for a slice. Cached per key list, because nuqs compares key maps by identity. */
const parserCache = new Map<string, Record<string, typeof allValues>>();
function parsersFor(keys: readonly ViewKey[]): Record<string, typeof allValues> {
  const name = keys.join(',');
  let parsers = parserCache.get(name);
  if (!parsers) {
    parsers = Object.fromEntries(keys.map((key) => [key, allValues]));
    parserCache.set(name, parsers);
  }
  return parsers;
}

/**
 * The fields of the view a section draws, parsed as the whole view would be. The section
 * re-renders when one of these parameters changes, and for no other change of the URL.
 * Pass a constant array (module level), so that the subscription keeps its identity.
 * `from` and `to` are checked against each other: ask for both or neither.
 */
export function useViewSlice<K extends ViewKey>(keys: readonly K[], pace: SlicePace = 'urgent'): Pick<ViewState, K> {
  const { vocabulary, large } = useViewAccess();
  const [raw] = useQueryStates(parsersFor(keys));
  const slice = useMemo(() => pickView(parseViewState(raw, vocabulary).view, keys), [raw, vocabulary, keys]);
  // Deferred only when it is used: a deferred value that changes costs a second render.
  const deferred = useDeferredValue(pace === 'background' && large ? slice : null);
  return deferred ?? slice;
}

/** The named fields of a view. */
export function pickView<K extends ViewKey>(view: ViewState, keys: readonly K[]): Pick<ViewState, K> {
  const picked: Partial<ViewState> = {};
  for (const key of keys) Object.assign(picked, { [key]: view[key] });
  return picked as Pick<ViewState, K>;
}
