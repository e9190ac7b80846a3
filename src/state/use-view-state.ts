/**
 * With startupRequest (data-source.ts: the address before React renders), the only code that
 * reads or writes the URL. nuqs keeps the query string and React in
 * sync (history, Back/Forward, batching and rate limits); parsing and validation stay in
 * the pure view-state module, because they need the dataset to resolve ids and names.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { replaceEqualDeep } from '@tanstack/react-query';
import { debounce, parseAsString, useQueryState, useQueryStates } from 'nuqs';
import { chooseDataSource, type DataSourceChoice } from './data-source';
import { pageAddress } from './url-adapter';
import { allValues, type HistoryMode, type UpdateView, type ViewPatch } from './view-slice';
import {
  PARAMS,
  type ParamName,
  parseViewState,
  serialiseViewState,
  type Notice,
  type ViewState,
  type Vocabulary,
} from './view-state';

/** The parameters that name the data: read apart, before any dataset loads (useDataSource). */
const DATA_PARAMS = ['dataset', 'data', 'file'] as const;
type DataParam = (typeof DATA_PARAMS)[number];
/** The view's parameters. */
const VIEW_PARAMS = PARAMS.filter((key): key is Exclude<ParamName, DataParam> => !(DATA_PARAMS as readonly string[]).includes(key));
const rawParsers = Object.fromEntries(VIEW_PARAMS.map((key) => [key, allValues])) as Record<
  Exclude<ParamName, DataParam>,
  typeof allValues
>;

export interface ViewStateHandle {
  view: ViewState;
  notices: Notice[];
  /** Applies a change; the URL follows, and the view follows the URL. */
  update: UpdateView;
}

/** nuqs' promise for the last change of the view: settled once nuqs has handed it over. */
let lastChange: Promise<unknown> = Promise.resolve();

/**
 * Writes the view's last change to the address now: before the page reloads itself, since a
 * reload loads the address as it is (nuqs hands a change over within 50 ms, or 250 ms after
 * typing; the address writes it after the next paint).
 */
export async function writeViewNow(): Promise<void> {
  // A change made while waiting is waited for too.
  for (let waited = null; waited !== lastChange; ) {
    waited = lastChange;
    await waited.catch(() => undefined);
  }
  pageAddress.writeQueued();
}

export function useViewState(vocabulary: Vocabulary): ViewStateHandle {
  const [raw, setRaw] = useQueryStates(rawParsers);
  const parsed = useMemo(() => parseViewState(raw, vocabulary), [raw, vocabulary]);
  const view = useSharedStructure(parsed.view);
  // `update` keeps one identity for the life of the page, so memoised views that receive it
  // do not re-render on every change of the view; it reads the latest view from a ref.
  const latest = useRef({ view, raw });
  useLayoutEffect(() => {
    latest.current = { view, raw };
  }, [view, raw]);
  const update = useCallback(
    (change: ViewPatch, mode: HistoryMode = 'push') => {
      const current = latest.current;
      const patch = typeof change === 'function' ? change(current.view) : change;
      const values = serialiseViewState({ ...current.view, ...patch });
      // Only the parameters whose text changes are written: the views subscribed to the
      // others do not hear of it. A value the URL holds in another form (a name, a repeated
      // parameter, an unknown id) is written back in its one canonical form.
      const next = Object.fromEntries(
        Object.entries(values)
          .filter(([key, value]) => !sameParam(current.raw[key as keyof typeof current.raw], value))
          .map(([key, value]) => [key, value === null ? null : [value]]),
      );
      lastChange = setRaw(next, {
        history: mode,
        // Typing writes the URL after a pause, so history is not flooded.
        limitUrlUpdates: mode === 'replace' && 'q' in patch ? debounce(250) : undefined,
      });
    },
    [setRaw],
  );
  return { view, notices: parsed.notices, update };
}

/**
 * Structural sharing, as React Query does with fetched data: a field that did not change keeps
 * its identity, so a memo keyed by `view.city` survives a change of the selection. (The
 * adjust-state-while-rendering pattern: React re-runs the component at once, before children.)
 */
function useSharedStructure(next: ViewState): ViewState {
  const [shared, setShared] = useState({ from: next, view: next });
  if (shared.from === next) return shared.view;
  const view = replaceEqualDeep(shared.view, next);
  setShared({ from: next, view });
  return view;
}

/** Whether the URL already holds a parameter exactly as it would be written. */
function sameParam(raw: readonly string[] | null | undefined, value: string | null): boolean {
  if (value === null) return !raw || raw.length === 0;
  return raw?.length === 1 && raw[0] === value;
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

const sourceParsers = { dataset: parseAsString, data: parseAsString, file: parseAsString };
/** Every view parameter set to null: opening other data starts from a clean view, in the same language. */
const CLEARED_VIEW = Object.fromEntries(
  VIEW_PARAMS.filter((key) => key !== LANG_PARAM).map((key) => [key, null]),
) as Partial<Record<Exclude<ParamName, DataParam>, null>>;

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
  const [params, setSource] = useQueryStates(sourceParsers);
  const { dataset, data, file } = params;
  const choice = useMemo(
    () => chooseDataSource({ dataset, data, file }, window.location.href),
    [dataset, data, file],
  );
  const [, setView] = useQueryStates(rawParsers);
  const open = useCallback(
    (link: { param: 'data' | 'file'; value: string } | null) => {
      // Both setters write in the same tick: nuqs batches them into one history entry.
      void setView(CLEARED_VIEW, { history: 'push' });
      void setSource(
        { dataset: null, data: null, file: null, ...(link ? { [link.param]: link.value } : {}) },
        { history: 'push' },
      );
    },
    [setView, setSource],
  );
  return { choice, open };
}
