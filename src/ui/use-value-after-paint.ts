import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-paint';

/** Runs `then` when the time has come; returns a cancel function. */
export type Wait = (then: () => void) => () => void;

/**
 * `value`, one paint late: a change is first painted where it is urgent (the control that was
 * used, the timeline), then the views drawn from this value catch up in a transition that
 * starts after that paint. So a click's own task renders only what it must, and the work of
 * catching up (the list, the counts, the map) comes after the frame that shows the change,
 * in slices that yield to the next input. A newer value before the catch-up replaces it.
 *
 * `now(shown, value)`: whether a change must show at once instead (a section's own control).
 * `wait`: when the catch-up starts (by default after the next paint); it returns a cancel
 * function. Keep it stable: a new one waits again.
 */
export function useValueAfterPaint<T>(
  value: T,
  now?: (shown: T, value: T) => boolean,
  wait: Wait = afterNextPaint,
): T {
  const [shown, setShown] = useState(value);
  const atOnce = !Object.is(shown, value) && !!now?.(shown, value);
  // Set while rendering: React renders again at once, before anything is painted.
  if (atOnce) setShown(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return wait(() => startTransition(() => setShown(value)));
  }, [shown, value, wait]);
  return atOnce ? value : shown;
}
