import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { HYDRATION_MARGIN, withHydrated } from './paragraph-hydration';

interface Pending {
  paragraphId: string;
  then: () => void;
}

/** Runs `then` once the paragraph draws its highlights (at once when it already does). */
export type WhenRendered = (paragraphId: string, then: () => void) => void;

const NONE: ReadonlySet<string> = new Set();
const idOf = (element: Element) => (element as HTMLElement).dataset.paragraphId ?? '';

/**
 * Which paragraphs of a lazy text draw their highlights: those that came within a generous
 * margin of the screen (they stay hydrated), and those something navigated to. Paragraphs
 * are found under `container` by their `data-paragraph-id`. Without `lazy`, every paragraph is.
 */
export function useHydration(large: boolean, container: RefObject<HTMLElement | null>, paragraphs: readonly unknown[]) {
  // Without an IntersectionObserver (an old browser, a test DOM), everything is drawn at once.
  const lazy = large && typeof IntersectionObserver !== 'undefined';
  const [hydrated, setHydrated] = useState(NONE);
  const [requests, setRequests] = useState(0);
  const pending = useRef<Pending[]>([]);
  const latest = useRef({ lazy, hydrated });

  // After each commit: what navigation waited for is on the page now.
  useLayoutEffect(() => {
    latest.current = { lazy, hydrated };
    const ready = pending.current.filter((p) => !lazy || hydrated.has(p.paragraphId));
    if (ready.length === 0) return;
    pending.current = pending.current.filter((p) => !ready.includes(p));
    for (const p of ready) p.then();
  }, [lazy, hydrated, requests]);

  useEffect(() => {
    const root = container.current;
    if (!lazy || !root) return;
    const paragraphsObserver = new IntersectionObserver(
      (entries) => {
        const near = entries.filter((e) => e.isIntersecting).map((e) => e.target);
        if (near.length === 0) return;
        for (const element of near) paragraphsObserver.unobserve(element);
        // Scrolling stays smooth: highlights arrive in the background, before they are in view.
        startTransition(() => setHydrated((current) => withHydrated(current, near.map(idOf))));
      },
      { rootMargin: HYDRATION_MARGIN },
    );
    // The paragraphs are watched only while the text itself is near the screen: the browser
    // checks every watched element in each frame whose layout changed, and a large text has
    // thousands of paragraphs, which would weigh on every click made far above them.
    const textObserver = new IntersectionObserver(
      (entries) => {
        const near = entries.at(-1)?.isIntersecting ?? false;
        paragraphsObserver.disconnect();
        if (!near) return;
        for (const element of root.querySelectorAll('[data-paragraph-id]')) {
          if (!latest.current.hydrated.has(idOf(element))) paragraphsObserver.observe(element);
        }
      },
      { rootMargin: HYDRATION_MARGIN },
    );
    textObserver.observe(root);
    return () => {
      textObserver.disconnect();
      paragraphsObserver.disconnect();
    };
  }, [lazy, container, paragraphs]);

  const whenRendered: WhenRendered = useCallback((paragraphId, then) => {
    if (!latest.current.lazy || latest.current.hydrated.has(paragraphId)) {
      then();
      return;
    }
    pending.current.push({ paragraphId, then });
    setHydrated((current) => withHydrated(current, [paragraphId]));
    setRequests((n) => n + 1);
  }, []);

  /** Whether a paragraph draws its highlights. */
  const isHydrated = (paragraphId: string) => !lazy || hydrated.has(paragraphId);
  return { isHydrated, whenRendered };
}
