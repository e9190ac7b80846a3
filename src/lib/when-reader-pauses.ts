import { whenIdle } from './when-idle';

/** Input that shows a reader at work: a click or tap, a key, the wheel, a scroll. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

/**
 * Runs `then` once the reader pauses: `quietMs` without input, then a moment the browser is
 * idle. Each input starts the wait again; at the latest `then` runs after `latestMs`. For
 * background work heavy enough to be felt (a service worker's install), which should not
 * share the processor with the reader's clicks. Returns a cancel function.
 */
export function whenReaderPauses(then: () => void, quietMs: number, latestMs: number): () => void {
  let quiet = 0;
  let cancelIdle = () => {};
  const latest = window.setTimeout(done, latestMs);
  function wait() {
    window.clearTimeout(quiet);
    cancelIdle();
    quiet = window.setTimeout(() => (cancelIdle = whenIdle(done, quietMs)), quietMs);
  }
  function stop() {
    window.clearTimeout(quiet);
    window.clearTimeout(latest);
    cancelIdle();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, wait, true);
  }
  function done() {
    stop();
    then();
  }
  // Captured: a scroll inside the page does not bubble to the window, and is heard anyway.
  for (const type of INPUT_EVENTS) window.addEventListener(type, wait, { capture: true, passive: true });
  wait();
  return stop;
}
