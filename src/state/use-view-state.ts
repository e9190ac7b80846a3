/**
 * The only code that reads or writes the URL. nuqs keeps the query string and React in
 * sync (history, Back/Forward, batching and rate limits); parsing and validation stay in
 * the pure view-state module, because they need the dataset to resolve ids and names.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { debounce, parseAsString, useQueryStates } from 'nuqs';
import { chooseDataSource, type DataSourceChoice } from './data-source';
import {
  PARAMS,
  type ParamName,
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

/** The parameter that names the dataset: read before any dataset is loaded. */
export const DATASET_PARAM = 'dataset';

const sourceParsers = { dataset: parseAsString, data: parseAsString, file: parseAsString };
/** Every parameter set to null: opening other data starts from a clean view. */
const CLEARED = Object.fromEntries(PARAMS.map((key) => [key, null])) as Record<ParamName, null>;

export interface DataSourceHandle {
  choice: DataSourceChoice;
  /**
   * Opens other data: a user's file or link, or (null) the bundled data. The view's other
   * parameters name records of the old data, so they are cleared; Back returns to it.
   */
  open: (link: { param: 'data' | 'file'; value: string } | null) => void;
}

/** Which data the URL names (`dataset`, `data`, `file`), read before any dataset is loaded. */
export function useDataSource(): DataSourceHandle {
  const [params] = useQueryStates(sourceParsers);
  const { dataset, data, file } = params;
  const choice = useMemo(
    () => chooseDataSource({ dataset, data, file }, window.location.href),
    [dataset, data, file],
  );
  const [, setAll] = useQueryStates(rawParsers);
  const open = useCallback(
    (link: { param: 'data' | 'file'; value: string } | null) => {
      void setAll({ ...CLEARED, ...(link ? { [link.param]: link.value } : {}) }, { history: 'push' });
    },
    [setAll],
  );
  return { choice, open };
}
