/**
 * The explorer's navigation (see src/ui/navigation.ts): a registry of the views' anchors, filled
 * by the views as they render, and moves to them.
 */
import type { Destination, GoToOptions, Navigation } from '../ui/navigation';
import { scrollBehavior } from '../ui/scroll-behavior';

/** How long a move waits for a destination that is still loading (a lazy chunk). */
export const LANDING_WAIT_MS = 5000;

type Waiter = (element: HTMLElement) => void;

export function createNavigation(): Navigation {
  const anchors = new Map<Destination, HTMLElement>();
  const waiters = new Map<Destination, Set<Waiter>>();
  const refs = new Map<Destination, (element: HTMLElement | null) => void>();

  const register = (destination: Destination, element: HTMLElement | null) => {
    if (!element) {
      anchors.delete(destination);
      return;
    }
    anchors.set(destination, element);
    const waiting = waiters.get(destination);
    waiters.delete(destination);
    waiting?.forEach((arrive) => arrive(element));
  };

  const anchor = (destination: Destination) => {
    let ref = refs.get(destination);
    if (!ref) {
      ref = (element: HTMLElement | null) => register(destination, element);
      refs.set(destination, ref);
    }
    return ref;
  };

  const goTo = (destination: Destination, { onlyIfHidden = false }: GoToOptions = {}) => {
    const land = (element: HTMLElement) => {
      const { top, bottom } = element.getBoundingClientRect();
      if (onlyIfHidden && top >= 0 && bottom <= window.innerHeight) return;
      element.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    };
    const present = anchors.get(destination);
    if (present?.isConnected) {
      land(present);
      return () => undefined;
    }
    // Not drawn yet (a lazy view): land when it registers, unless that takes too long.
    const arrive: Waiter = (element) => {
      stop();
      land(element);
    };
    const timer = window.setTimeout(() => stop(), LANDING_WAIT_MS);
    const stop = () => {
      window.clearTimeout(timer);
      waiters.get(destination)?.delete(arrive);
    };
    const waiting = waiters.get(destination) ?? new Set<Waiter>();
    waiting.add(arrive);
    waiters.set(destination, waiting);
    return stop;
  };

  return { anchor, goTo };
}
