/**
 * After a click on a highlight in the source text selects a record, the reader lands on the
 * record's own view (the meeting's details, the map), which may still be loading.
 */
import { scrollBehavior } from '../../ui/scroll-behavior';
import type { Selection } from './source-records';

/** Where a selected record is shown: the meeting's detail panel, the map. Decision cards scroll themselves. */
const RECORD_VIEWS: Record<Selection['param'], string | null> = {
  event: 'detail-heading',
  state: 'map-heading',
  decision: null,
};

/** How long a click on a highlight waits for its record's view to appear (a lazy chunk). */
export const LANDING_WAIT_MS = 5000;

/**
 * Brings a record's view on screen, unless it already is (a sticky detail column). Returns
 * what cancels a landing still waiting for its view.
 */
export function landOn(param: Selection['param']): () => void {
  const id = RECORD_VIEWS[param];
  if (!id) return () => {};
  const land = (element: HTMLElement) => {
    const { top, bottom } = element.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight) return;
    element.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  };
  const element = document.getElementById(id);
  if (element) {
    land(element);
    return () => {};
  }
  // The view may still be loading (the meeting detail is a lazy chunk): land once it is drawn.
  const observer = new MutationObserver(() => {
    const drawn = document.getElementById(id);
    if (!drawn) return;
    stop();
    land(drawn);
  });
  const timer = window.setTimeout(() => stop(), LANDING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
