import { useEffect } from 'react';
import { afterNextPaint } from '../../lib/after-paint';

/**
 * Records `performance.mark('timeline:painted', { detail: { drawn } })` once the browser has
 * painted a change, so any benchmark can tell when a view is ready without knowing how it is
 * drawn.
 */
export function usePaintedMark(drawn: number, deps: readonly unknown[]) {
  useEffect(
    () => afterNextPaint(() => performance.mark('timeline:painted', { detail: { drawn } })),
    // The caller names what a paint depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawn, ...deps],
  );
}
