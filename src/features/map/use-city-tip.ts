/**
 * Which city's meetings are showing, with the rules a tooltip owes its reader (WCAG 1.4.13):
 * the pointer may move from the marker onto the tip without losing it (a short delay), the
 * tip stays while hovered, and Escape dismisses it without moving focus.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const HIDE_DELAY_MS = 200;

export function useCityTip() {
  const [cityId, setCityId] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  const show = useCallback(
    (id: string) => {
      cancel();
      setCityId(id);
    },
    [cancel],
  );
  /** Hides the tip for `id` (not one shown since) after a moment, unless the pointer arrives on it. */
  const hideSoon = useCallback(
    (id: string) => {
      cancel();
      timer.current = window.setTimeout(
        () => setCityId((old) => (old === id ? null : old)),
        HIDE_DELAY_MS,
      );
    },
    [cancel],
  );
  const hideNow = useCallback(() => {
    cancel();
    setCityId(null);
  }, [cancel]);
  useEffect(() => cancel, [cancel]);
  return { cityId, show, hideSoon, hideNow, keep: cancel };
}
