/**
 * The only code that reads or writes the URL. nuqs keeps the query string and React in
 * sync (history, Back/Forward, batching and rate limits); parsing and validation stay in
 * the pure view-state module, because they need the dataset to resolve ids and names.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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
  // `update` keeps one identity for the life of the page, so memoised views that receive it
  // do not re-render on every change of the view; it reads the latest view from a ref.
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  }, [view]);
  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
      const next = serialiseViewState({ ...latest.current, ...patch });
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

/** The interface language (`en`, `ru`, `zh`): read before anything else is shown. */
export const LANG_PARAM = 'lang';

/**
 * The `lang` parameter, raw (the language module resolves it). Setting it replaces the
 * history entry: the language is the reader's, not a step of the exploration, so Back still
 * steps through selections, and entries without `lang` open in the remembered choice.
 */
export function useLangParam(): [string | null, (lang: string) => void] {
  const [lang, setLang] = useQueryState(LANG_PARAM, parseAsString.withOptions({ history: 'replace' }));
  const set = useCallback((value: string) => void setLang(value), [setLang]);
  return [lang, set];
}

/** The parameter that names the dataset: read before any dataset is loaded. */
export const DATASET_PARAM = 'dataset';

/** The `dataset` parameter, read before any dataset is loaded. */
export function useDatasetParam(): [string | null, (id: string | null) => void] {
  const [dataset, setDataset] = useQueryState(DATASET_PARAM, parseAsString.withOptions({ history: 'push' }));
  const set = useCallback((id: string | null) => void setDataset(id), [setDataset]);
  return [dataset, set];
}
