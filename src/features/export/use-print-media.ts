/**
 * Whether the page is being printed (or print is emulated), so the report is rendered only
 * then and costs nothing on screen. `beforeprint` renders synchronously (flushSync), so
 * the report is in the DOM before the browser lays out the pages.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let beforePrint = false;

function printQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

function subscribe(notify: () => void): () => void {
  const query = printQuery();
  const onBefore = () => {
    beforePrint = true;
    flushSync(notify);
  };
  const onAfter = () => {
    beforePrint = false;
    notify();
  };
  query?.addEventListener('change', notify);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  return () => {
    query?.removeEventListener('change', notify);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
  };
}

function getSnapshot(): boolean {
  return beforePrint || (printQuery()?.matches ?? false);
}

export function usePrintMedia(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
