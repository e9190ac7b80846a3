import { useEffect } from 'react';

/**
 * Records `performance.mark('timeline:painted', { detail: { drawn } })` once the browser has
 * painted a change, so any benchmark can tell when a view is ready without knowing how it is
 * drawn. A frame callback runs before the paint; a message posted from it runs after.
 */
export function usePaintedMark(drawn: number, deps: readonly unknown[]) {
  useEffect(() => {
    let cancelled = false;
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (!cancelled) performance.mark('timeline:painted', { detail: { drawn } });
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
    // The caller names what a paint depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawn, ...deps]);
}
