import { useEffect } from 'react';
import { afterNextPaint } from '../../lib/after-paint';

/**
 * Records `performance.mark('timeline:painted', { detail: { drawn } })` once the browser has
 * painted a change, so any benchmark can tell when a view is ready without knowing how it is
 * drawn. `drawn` is read once the paint is done: a canvas knows its count only after drawing;
 * null while the view is not ready to be marked as painted.
 */
export function usePaintedMark(drawn: (() => number) | null, deps: readonly unknown[]) {
  useEffect(
    () =>
      drawn
        ? afterNextPaint(() => performance.mark('timeline:painted', { detail: { drawn: drawn() } }))
        : undefined,
    // The caller names what a paint depends on; `drawn` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
}
