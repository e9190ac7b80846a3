import { memo, useCallback, useEffect, useRef, type ComponentType, type RefObject } from 'react';
import { afterNextTwoPaints } from '../lib/after-paint';
import { whenIdle } from '../lib/when-idle';
import type { Wait } from '../ui/use-value-after-paint';
import type { ViewState } from './view-state';
import { useViewSlice, type ViewKey } from './view-slice';

/** The props of a section's body: its own, and the slice of the view it draws. */
export type WithView<P, K extends ViewKey> = P & { view: Pick<ViewState, K> };

/** At the latest, a section held off screen draws what it missed this long after the paint. */
const HELD_AT_MOST_MS = 1000;

/**
 * A section that draws a slice of the view (useViewSlice), as a shell that holds the
 * subscription and a memoised body that draws. nuqs renders the component that holds its hook
 * for every change of the slice's parameters, even one the section follows only after the
 * paint: that render then stops at the shell, instead of running the body again and
 * comparing each of its children (two thousand paragraphs of a long source text) in the
 * click's own task. The body renders when its slice, or one of its own props, has changed.
 *
 * While the browser skips the section off screen (`content-visibility: auto`, see LazySection),
 * what it follows from elsewhere (a selection, a city filter) waits past the paint, until the
 * section comes near the screen or the browser is idle: drawn then, it is not work done in the
 * frames right after the reader's click (the map lays its labels out again for a selection).
 * A change of its own parameters always shows at once (useViewSlice).
 * Lazy sections only: it keeps this module out of the first view.
 */
export function withViewSlice<P extends object, K extends ViewKey>(
  keys: readonly K[],
  afterPaint: readonly K[],
  Body: ComponentType<WithView<P, K>>,
): ComponentType<P> {
  const DrawnBody = memo(Body) as unknown as ComponentType<WithView<P, K>>;
  function Section(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const view = useViewSlice(keys, afterPaint, useOnScreenAfterPaint(box));
    return (
      // No box of its own: the page lays the section out as if this element were not there.
      <div ref={box} style={{ display: 'contents' }}>
        <DrawnBody {...props} view={view} />
      </div>
    );
  }
  Section.displayName = `withViewSlice(${Body.displayName ?? Body.name})`;
  return Section;
}

/** The browser's event when it starts or stops skipping an element's content off screen. */
const STATE_CHANGE = 'contentvisibilityautostatechange';

const skippedBy = (event: Event) => (event as Event & { skipped?: boolean }).skipped === true;

/** The event is for an element around `element` (the event does not bubble: heard on capture). */
const isStateChangeFor = (event: Event, element: Element | null) =>
  element !== null && event.target instanceof Node && event.target.contains(element);

/**
 * A stable Wait for `element`'s catch-up: after the next two paints, and then, if the browser skips
 * the element's content off screen (as its last state-change event said; never where the
 * browser has no `content-visibility`), until it comes near the screen or the browser is idle.
 */
function useOnScreenAfterPaint(element: RefObject<Element | null>): Wait {
  const skipped = useRef(false);
  useEffect(() => {
    const onState = (event: Event) => {
      if (isStateChangeFor(event, element.current)) skipped.current = skippedBy(event);
    };
    document.addEventListener(STATE_CHANGE, onState, true);
    return () => document.removeEventListener(STATE_CHANGE, onState, true);
  }, [element]);
  return useCallback(
    (then) => {
      let cancelHold = () => {};
      const cancelPaint = afterNextTwoPaints(() => {
        if (skipped.current) cancelHold = untilNearOrIdle(element, then);
        else then();
      });
      return () => {
        cancelPaint();
        cancelHold();
      };
    },
    [element],
  );
}

/** Runs `then` once the browser stops skipping `element`'s content, or when it is idle. */
function untilNearOrIdle(element: RefObject<Element | null>, then: () => void): () => void {
  const onState = (event: Event) => {
    if (isStateChangeFor(event, element.current) && !skippedBy(event)) done();
  };
  const cancelIdle = whenIdle(() => done(), HELD_AT_MOST_MS);
  const stop = () => {
    document.removeEventListener(STATE_CHANGE, onState, true);
    cancelIdle();
  };
  function done() {
    stop();
    then();
  }
  document.addEventListener(STATE_CHANGE, onState, true);
  return stop;
}
