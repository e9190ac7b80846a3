import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-paint';

/**
 * `value`, one paint late: a change is first painted where it is urgent (the control that was
 * used, the timeline), then the views drawn from this value catch up in a transition that
 * starts after that paint. So a click's own task renders only what it must, and the work of
 * catching up (the list, the counts, the map) comes after the frame that shows the change,
 * in slices that yield to the next input. A newer value before the catch-up replaces it.
 *
 * `now(shown, value)`: whether a change must show at once instead (a section's own control).
 */
export function useValueAfterPaint<T>(value: T, now?: (shown: T, value: T) => boolean): T {
  const [shown, setShown] = useState(value);
  const atOnce = !Object.is(shown, value) && now !== undefined && now(shown, value);
  // Set while rendering: React renders again at once, before anything is painted.
  if (atOnce) setShown(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [shown, value]);
  return atOnce ? value : shown;
}
