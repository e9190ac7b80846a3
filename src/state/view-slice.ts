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
import { createContext, useContext, useMemo } from 'react';
import { createMultiParser, useQueryStates } from 'nuqs';
import { useValueAfterPaint, type Wait } from '../ui/use-value-after-paint';
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
}

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
 * Pass constant arrays (module level), so that the subscription keeps its identity.
 * `from` and `to` are checked against each other: ask for both or neither.
 *
 * `afterPaint`: the parameters whose changes the section follows only after they are painted
 * elsewhere (useValueAfterPaint), in a render React can interrupt, because other views show
 * them first: the timeline shows a selection or a city filter at once, and the map and the
 * cards catch up. A change of any other of its parameters, which its own controls make (the
 * map's roles, the cards' area filter), shows at once, with what caught up so far.
 * `wait`: when those changes are followed, if not after the next two paints (a stable function).
 */
export function useViewSlice<K extends ViewKey>(
  keys: readonly K[],
  afterPaint: readonly K[] = [],
  wait?: Wait,
): Pick<ViewState, K> {
  const { vocabulary } = useViewAccess();
  const [raw] = useQueryStates(parsersFor(keys));
  const slice = useMemo(
    () => pickView(parseViewState(raw, vocabulary).view, keys),
    [raw, vocabulary, keys],
  );
  const ownChanged = (shown: Pick<ViewState, K> | null, next: Pick<ViewState, K> | null) =>
    keys.some((key) => !afterPaint.includes(key) && !sameValue(shown?.[key], next?.[key]));
  // Nothing follows after the paint unless asked: a value that catches up costs a second render.
  const later = useValueAfterPaint(afterPaint.length > 0 ? slice : null, ownChanged, wait);
  return later ?? slice;
}

/** Equal field values: the same text, or lists of the same texts (as the URL's parser compares them). */
function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? allValues.eq(a, b) : Object.is(a, b);
}

/** The named fields of a view. */
export function pickView<K extends ViewKey>(
  view: ViewState,
  keys: readonly K[],
): Pick<ViewState, K> {
  const picked: Partial<ViewState> = {};
  for (const key of keys) Object.assign(picked, { [key]: view[key] });
  return picked as Pick<ViewState, K>;
}
