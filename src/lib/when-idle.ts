/**
 * Runs a callback when the browser is idle (or after `timeout` ms at the latest); returns a
 * cancel function. Safari has no requestIdleCallback: there it is a timeout, which is what
 * requestIdleCallback's own `timeout` would come to on a busy page anyway.
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, Math.min(timeout, 200));
  return () => window.clearTimeout(handle);
}
