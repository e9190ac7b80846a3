import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-paint';

/**
 * How many of the sections below the first screen (the map, the cards, the source text, in
 * page order) may render: none until the browser has painted the explorer once, then one more
 * after each paint. One section per task, each rendered in a transition (in slices that yield
 * to input), so that a click soon after the page opens does not wait behind one long task that
 * renders them all, and the first paint never waits for them.
 */
export function useSectionsShown(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return;
    return afterNextPaint(() => startTransition(() => setShown(shown + 1)));
  }, [shown, count]);
  return shown;
}
