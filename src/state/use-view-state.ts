/**
 * The only code that reads or writes the URL. nuqs keeps the query string and React in
 * sync (history, Back/Forward, batching and rate limits); parsing and validation stay in
 * the pure view-state module, because they need the dataset to resolve ids and names.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { createMultiParser, debounce, parseAsString, useQueryState, useQueryStates } from 'nuqs';
import {
  PARAMS,
  parseViewState,
  serialiseViewState,
  type Notice,
  type ViewState,
  type Vocabulary,
} from './view-state';

/**
 * Every value of a parameter, as given: nuqs' own parsers read only the first of a repeated
 * parameter (`city=a&city=b`), and the contract merges them (see parseViewState).
 */
const allValues = createMultiParser<readonly string[]>({
  parse: (values) => values,
  serialize: (values) => [...values],
  eq: (a, b) => a.length === b.length && a.every((value, i) => value === b[i]),
});

/** The view's parameters (`dataset` is read apart, before the dataset loads). */
const VIEW_PARAMS = PARAMS.filter((key) => key !== 'dataset');
const rawParsers = Object.fromEntries(VIEW_PARAMS.map((key) => [key, allValues])) as Record<
  Exclude<(typeof PARAMS)[number], 'dataset'>,
  typeof allValues
>;

/** `push` for discrete selections (Back steps through them), `replace` for typing and dragging. */
export type HistoryMode = 'push' | 'replace';

export interface ViewStateHandle {
  view: ViewState;
  notices: Notice[];
  /** Applies a change; the URL follows, and the view follows the URL. */
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
}

export function useViewState(vocabulary: Vocabulary): ViewStateHandle {
  const [raw, setRaw] = useQueryStates(rawParsers);
  const parsed = useMemo(() => parseViewState(raw, vocabulary), [raw, vocabulary]);
  const { view } = parsed;
  // `update` keeps one identity for the life of the page, so memoised views that receive it
  // do not re-render on every change of the view; it reads the latest view from a ref.
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  }, [view]);
  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
      const values = serialiseViewState({ ...latest.current, ...patch });
      // One value per parameter: a repeated one is written back merged.
      const next = Object.fromEntries(
        Object.entries(values).map(([key, value]) => [key, value === null ? null : [value]]),
      );
      void setRaw(next, {
        history: mode,
        // Typing writes the URL after a pause, so history is not flooded.
        limitUrlUpdates: mode === 'replace' && 'q' in patch ? debounce(250) : undefined,
      });
    },
    [setRaw],
  );
  return { view, notices: parsed.notices, update };
}

/** The parameter that names the dataset: read before any dataset is loaded. */
export const DATASET_PARAM = 'dataset';

/** The `dataset` parameter, read before any dataset is loaded. */
export function useDatasetParam(): [string | null, (id: string | null) => void] {
  const [dataset, setDataset] = useQueryState(DATASET_PARAM, parseAsString.withOptions({ history: 'push' }));
  const set = useCallback((id: string | null) => void setDataset(id), [setDataset]);
  return [dataset, set];
}
