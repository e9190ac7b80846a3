/**
 * The only code that reads or writes the URL. nuqs keeps the query string and React in
 * sync (history, Back/Forward, batching and rate limits); parsing and validation stay in
 * the pure view-state module, because they need the dataset to resolve ids and names.
 */
import { useCallback, useMemo } from 'react';
import { debounce, parseAsString, useQueryState, useQueryStates } from 'nuqs';
import {
  PARAMS,
  parseViewState,
  serialiseViewState,
  type Notice,
  type ViewState,
  type Vocabulary,
} from './view-state';

const rawParsers = Object.fromEntries(PARAMS.map((key) => [key, parseAsString])) as Record<
  (typeof PARAMS)[number],
  typeof parseAsString
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
  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
      const next = serialiseViewState({ ...view, ...patch });
      void setRaw(next, {
        history: mode,
        // Typing writes the URL after a pause, so history is not flooded.
        limitUrlUpdates: mode === 'replace' && 'q' in patch ? debounce(250) : undefined,
      });
    },
    [view, setRaw],
  );
  return { view, notices: parsed.notices, update };
}

/** The `dataset` parameter, read before any dataset is loaded. */
export function useDatasetParam(): [string | null, (id: string | null) => void] {
  const [dataset, setDataset] = useQueryState('dataset', parseAsString.withOptions({ history: 'push' }));
  const set = useCallback((id: string | null) => void setDataset(id), [setDataset]);
  return [dataset, set];
}
