/**
 * nuqs' adapter for this app: what nuqs' React adapter does for a single-page app without a
 * router (write the address with the History API, tell the hooks that watch a changed
 * parameter, hear Back and Forward), with one difference: the History API is called after the
 * change has been painted, when the browser is idle, not in the task right after the change,
 * and that write renders nothing.
 *
 * How it stays consistent with nuqs' own state:
 *  - the hooks, and nuqs' next write, read the address as it will be once the queued writes
 *    are made (`addressToBe`). It changes exactly when nuqs hands a write over, as the address
 *    does with nuqs' React adapter, so nuqs never sees its queue emptied while the address
 *    still lacks what was in it (that would read as a navigation, and undo the change).
 *  - the hooks are not told of a handed-over write: each already holds the value it wrote
 *    (nuqs tells them as the change is made), and one that renders later reads the address to
 *    be. So the write costs no render at all, where nuqs' React adapter renders every hook
 *    that watches a written parameter, in the task right after the change.
 *  - writes are made in order, one history entry per step; Back or Forward drops the writes
 *    not yet made, as nuqs' React adapter drops its queue, and tells the hooks of the entry
 *    reached.
 *
 * One thing of nuqs' React adapter it cannot do through nuqs' public API: drop an update
 * still in nuqs' own queue (at most 50 ms; 250 ms for typing in the search box) when the
 * reader goes Back. Such an update is written after Back instead.
 */
import { useMemo, useRef, useSyncExternalStore } from 'react';
import {
  renderQueryString,
  unstable_createAdapterProvider as createAdapterProvider,
  type unstable_AdapterInterface as AdapterInterface,
  type unstable_UpdateUrlFunction as UpdateUrlFunction,
} from 'nuqs/adapters/custom';
import { whenIdle } from '../lib/when-idle';

/** Runs `write` later; returns a function that cancels it. */
export type ScheduleWrite = (write: () => void) => () => void;

/** At most this long after the paint, a write waits for an idle moment. */
const IDLE_WAIT_MS = 100;
/** A page that draws no frames (a hidden tab) still gets its address this soon. */
const LATEST_WRITE_MS = 250;

/** After the next frame, when the browser is idle; within LATEST_WRITE_MS in any case. */
export const afterPaintWhenIdle: ScheduleWrite = (write) => {
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(write, IDLE_WAIT_MS);
  });
  const timer = setTimeout(write, LATEST_WRITE_MS);
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
    clearTimeout(timer);
  };
};

/** The address's writes: queued as nuqs hands them over, made later, in order. */
export interface AddressWriter {
  updateUrl: UpdateUrlFunction;
  /** The address's query string as it will be once the queued writes are made: what nuqs and its hooks read. */
  searchToBe: () => string;
  /** How many times the reader has gone Back or Forward. */
  navigations: () => number;
  /** The address to be when the reader last went Back or Forward: the address left. */
  addressLeft: () => string;
  /** Makes the queued writes now, in order. */
  writeQueued: () => void;
  subscribe: (onChange: () => void) => () => void;
}

interface QueuedWrite {
  query: string;
  history: 'push' | 'replace';
  scroll: boolean;
}

export function createAddressWriter(schedule: ScheduleWrite): AddressWriter {
  let queued: QueuedWrite[] = [];
  let cancelScheduled: (() => void) | null = null;
  let navigations = 0;
  // The address as last read (before a Back or Forward, the one the reader left), and the
  // address to be when the reader last went Back or Forward.
  let seen = location.search;
  let addressLeft = seen;

  const searchToBe = () => {
    if (queued.length === 0) seen = location.search;
    return queued.at(-1)?.query ?? seen;
  };
  const cancel = () => {
    cancelScheduled?.();
    cancelScheduled = null;
  };
  const writeQueued = () => {
    cancel();
    const writes = queued;
    queued = [];
    if (writes.length === 0) return;
    const url = new URL(location.href);
    seen = writes.at(-1)?.query ?? seen;
    for (const write of writes) {
      url.search = write.query;
      if (write.history === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
      if (write.scroll) window.scrollTo({ top: 0 });
    }
  };
  // Back or Forward: the entry reached is the view; writes not yet made belonged to the one
  // left. Heard before any hook's listener (added later), so the hooks read the entry reached.
  const navigated = () => {
    addressLeft = queued.at(-1)?.query ?? seen;
    cancel();
    queued = [];
    navigations += 1;
  };
  window.addEventListener('popstate', navigated);
  // A page that is left keeps its last view in the history (a reopened tab). A reload the
  // page asks for writes first (see chunk-errors.ts): it loads the address as it is.
  window.addEventListener('pagehide', writeQueued);

  return {
    updateUrl: (search, options) => {
      queued.push({ query: renderQueryString(search), history: options.history, scroll: options.scroll });
      cancelScheduled ??= schedule(writeQueued);
    },
    searchToBe,
    navigations: () => navigations,
    addressLeft: () => addressLeft,
    writeQueued,
    // Only Back and Forward change the address to be without nuqs knowing.
    subscribe: (onChange) => {
      window.addEventListener('popstate', onChange);
      return () => window.removeEventListener('popstate', onChange);
    },
  };
}

/** The parameters of `search` that a hook watches (all of them for an empty list). */
function watchedParams(search: string, watchKeys: readonly string[]): URLSearchParams {
  const watched = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search))
    if (watchKeys.length === 0 || watchKeys.includes(key)) watched.append(key, value);
  return watched;
}

/** nuqs' adapter over a writer. */
export function createUrlAdapter(writer: AddressWriter) {
  // One function for the adapter's life: nuqs' setters change when it does, and with them
  // every memo and handler built on the view's `update`.
  const addressToBe = () => new URLSearchParams(writer.searchToBe());
  /** Only the watched keys: a hook re-renders when one of its own parameters changes. */
  function useAppUrlAdapter(watchKeys: string[]): AdapterInterface {
    const cache = useRef<{ key: string; navigations: number; search: URLSearchParams } | null>(null);
    // The same object while the watched parameters are unchanged (nuqs hands a new key list
    // on every render, so the cache is what keeps the snapshot stable, not a memoised
    // function).
    const snapshot = () => {
      const watched = watchedParams(writer.searchToBe(), watchKeys);
      const key = watched.toString();
      const navigations = writer.navigations();
      const cached = cache.current;
      if (cached?.key === key) {
        if (cached.navigations === navigations) return cached.search;
        // Back or Forward since this view was made. The hook compares its values with the
        // entry reached only if its view of the address changes: a hook that had not heard
        // of the writes before it (it holds values its view lacks) gets a new view, even if
        // the entry reached has its old parameters.
        if (watchedParams(writer.addressLeft(), watchKeys).toString() === key) {
          cached.navigations = navigations;
          return cached.search;
        }
      }
      cache.current = { key, navigations, search: watched };
      return watched;
    };
    const searchParams = useSyncExternalStore(writer.subscribe, snapshot, snapshot);
    return useMemo(
      () => ({ searchParams, updateUrl: writer.updateUrl, getSearchParamsSnapshot: addressToBe }),
      [searchParams],
    );
  }
  return createAdapterProvider(useAppUrlAdapter);
}

/** The page's address: its writes wait for the paint of the change they record. */
export const pageAddress = createAddressWriter(afterPaintWhenIdle);
export const UrlAdapter = createUrlAdapter(pageAddress);
