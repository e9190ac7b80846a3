/**
 * nuqs' adapter for this app: the React adapter's behaviour, except that the hooks hear of a
 * written address once the browser is idle, not in the task that writes it.
 *
 * Why: the view already follows nuqs' own state in the render of the input. The React adapter
 * then re-renders every hook that watches a changed parameter, in the task right after the
 * frame that shows the change, so the frame after it waits for a render that changes nothing.
 * The address itself is written as nuqs hands it over (history stays exact: Back right after a
 * click undoes that click); only the hooks' news of it waits, for an idle moment
 * (within NOTIFY_WITHIN_MS). Back and Forward are heard at once.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  renderQueryString,
  unstable_createAdapterProvider as createAdapterProvider,
  type unstable_AdapterInterface as AdapterInterface,
  type unstable_UpdateUrlFunction as UpdateUrlFunction,
} from 'nuqs/adapters/custom';

/** The longest the hooks wait for an idle moment to hear of a written address. */
const NOTIFY_WITHIN_MS = 100;

const listeners = new Set<() => void>();
let notifying = false;

function notify(): void {
  notifying = false;
  for (const listener of listeners) listener();
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: NOTIFY_WITHIN_MS });
  else setTimeout(callback, 0);
}

const updateUrl: UpdateUrlFunction = (search, options) => {
  const url = new URL(location.href);
  url.search = renderQueryString(search);
  if (options.history === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
  if (options.scroll) window.scrollTo({ top: 0 });
  if (!notifying) {
    notifying = true;
    whenIdle(notify);
  }
};

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Only the watched keys: a hook re-renders when one of its own parameters changes. */
function useAppUrlAdapter(watchKeys: string[]): AdapterInterface {
  const cache = useRef<{ key: string; search: URLSearchParams } | null>(null);
  const snapshot = useCallback(() => {
    const all = new URLSearchParams(location.search);
    const watched = new URLSearchParams();
    for (const [key, value] of all) if (watchKeys.length === 0 || watchKeys.includes(key)) watched.append(key, value);
    const key = watched.toString();
    if (cache.current?.key !== key) cache.current = { key, search: watched };
    return cache.current.search;
  }, [watchKeys]);
  const searchParams = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => ({ searchParams, updateUrl }), [searchParams]);
}

export const UrlAdapter = createAdapterProvider(useAppUrlAdapter);
