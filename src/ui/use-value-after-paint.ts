import { startTransition, useEffect, useState } from 'react';
import { afterNextTwoPaints } from '../lib/after-paint';

/** Runs `then` when the time has come; returns a cancel function. */
export type Wait = (then: () => void) => () => void;

/**
 * `value`, a frame late: a change is first painted where it is urgent (the control that was
 * used, the timeline), then the views drawn from this value catch up in a transition that
 * starts once that paint and the next frame are done. So a click's own task renders only
 * what it must, the frame after the change is not held up by the catch-up (the list, the
 * counts, the map), and that work comes in slices that yield to the next input. A newer
 * value before the catch-up replaces it.
 *
 * `now(shown, value)`: whether a change must show at once instead (a section's own control).
 * `wait`: when the catch-up starts (by default after the next two paints); it returns a
 * cancel function. Keep it stable: a new one waits again.
 */
export function useValueAfterPaint<T>(
  value: T,
  now?: (shown: T, value: T) => boolean,
  wait: Wait = afterNextTwoPaints,
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
