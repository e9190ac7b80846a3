/**
 * nuqs' adapter for this app: what nuqs' React adapter does for a single-page app without a
 * router (write the address with the History API, tell the hooks that watch a changed
 * parameter, hear Back and Forward), with one difference: the address is written after the
 * change has been painted, when the browser is idle, not in the task right after the change.
 * Writing the address (the History API, then a render of every hook that watches the changed
 * parameters) shows nothing new, so it no longer delays the frame after a change.
 *
 * Why this stays consistent with nuqs' own state:
 *  - the address and the hooks' view of it change together, in one task: each write is
 *    followed at once by the hooks' news of it, as with nuqs' React adapter. (Telling the hooks
 *    later than the address changed was tried and dropped: a render in between saw the new
 *    address as a navigation and undid a newer change.)
 *  - nuqs builds each write on `getSearchParamsSnapshot`, the address as it will be once the
 *    queued writes are made, so a second change before the first is written keeps both.
 *  - writes are made in order, one history entry per step; Back or Forward drops the writes
 *    not yet made, as nuqs' React adapter drops its queue.
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

/** The address's writes: queued as nuqs hands them over, made together, heard together. */
export interface AddressWriter {
  updateUrl: UpdateUrlFunction;
  /** The address as it will be once the queued writes are made: the base of nuqs' next write. */
  addressToBe: () => URLSearchParams;
  /** Makes the queued writes now, in order, then tells the listeners. */
  writeQueued: () => void;
  subscribe: (onChange: () => void) => () => void;
  /** Stops hearing the window (tests). */
  dispose: () => void;
}

interface QueuedWrite {
  query: string;
  history: 'push' | 'replace';
  scroll: boolean;
}

export function createAddressWriter(schedule: ScheduleWrite): AddressWriter {
  const listeners = new Set<() => void>();
  let queued: QueuedWrite[] = [];
  let cancelScheduled: (() => void) | null = null;

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
    for (const write of writes) {
      url.search = write.query;
      if (write.history === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
      if (write.scroll) window.scrollTo({ top: 0 });
    }
    for (const listener of listeners) listener();
  };
  // Back or Forward: the entry reached is the view; writes not yet made belonged to the one
  // left. Heard before any hook's listener (added later), so the hooks hear the entry reached.
  const dropQueued = () => {
    cancel();
    queued = [];
  };
  window.addEventListener('popstate', dropQueued);
  // A page that is left keeps its last view in the history (a reload, a reopened tab).
  window.addEventListener('pagehide', writeQueued);

  return {
    updateUrl: (search, options) => {
      queued.push({ query: renderQueryString(search), history: options.history, scroll: options.scroll });
      cancelScheduled ??= schedule(writeQueued);
    },
    addressToBe: () => new URLSearchParams(queued.at(-1)?.query ?? location.search),
    writeQueued,
    subscribe: (onChange) => {
      listeners.add(onChange);
      window.addEventListener('popstate', onChange);
      return () => {
        listeners.delete(onChange);
        window.removeEventListener('popstate', onChange);
      };
    },
    dispose: () => {
      dropQueued();
      window.removeEventListener('popstate', dropQueued);
      window.removeEventListener('pagehide', writeQueued);
    },
  };
}

/** nuqs' adapter over a writer. */
export function createUrlAdapter(writer: AddressWriter) {
  /** Only the watched keys: a hook re-renders when one of its own parameters changes. */
  function useAppUrlAdapter(watchKeys: string[]): AdapterInterface {
    const cache = useRef<{ key: string; search: URLSearchParams } | null>(null);
    // The same object while the watched parameters are unchanged (nuqs hands a new key list
    // on every render, so the cache is what keeps the snapshot stable, not a memoised
    // function). The address as written, not as queued: the hooks hear of a write when it is
    // made.
    const snapshot = () => {
      const watched = new URLSearchParams();
      for (const [key, value] of new URLSearchParams(location.search))
        if (watchKeys.length === 0 || watchKeys.includes(key)) watched.append(key, value);
      const key = watched.toString();
      if (cache.current?.key !== key) cache.current = { key, search: watched };
      return cache.current.search;
    };
    const searchParams = useSyncExternalStore(writer.subscribe, snapshot, snapshot);
    return useMemo(
      () => ({ searchParams, updateUrl: writer.updateUrl, getSearchParamsSnapshot: writer.addressToBe }),
      [searchParams],
    );
  }
  return createAdapterProvider(useAppUrlAdapter);
}

/** The page's address: its writes wait for the paint of the change they record. */
export const pageAddress = createAddressWriter(afterPaintWhenIdle);
export const UrlAdapter = createUrlAdapter(pageAddress);
