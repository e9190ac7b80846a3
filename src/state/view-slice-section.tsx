import { memo, startTransition, useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import { whenIdle } from '../lib/when-idle';
import type { ViewState } from './view-state';
import { allValues, useViewSlice, type ViewKey } from './view-slice';

/** The props of a section's body: its own, and the slice of the view it draws. */
export type WithView<P, K extends ViewKey> = P & { view: Pick<ViewState, K> };

/** At the latest, a section held off screen draws what it missed this long after the change. */
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
 * what it follows from elsewhere (a selection, a city filter) waits until the section comes
 * near the screen or the browser is idle: drawn then, it is not work done in the frames right
 * after the reader's click (the map lays its labels out again for a selection). A change of
 * its own parameters always shows at once.
 * Lazy sections only: it keeps this module out of the first view.
 */
export function withViewSlice<P extends object, K extends ViewKey>(
  keys: readonly K[],
  afterPaint: readonly K[],
  Body: ComponentType<WithView<P, K>>,
): ComponentType<P> {
  const DrawnBody = memo(Body) as unknown as ComponentType<WithView<P, K>>;
  const ownChanged = (a: Pick<ViewState, K>, b: Pick<ViewState, K>) =>
    keys.some((key) => !afterPaint.includes(key) && !sameValue(a[key], b[key]));
  function Section(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const skipped = useSkippedOffScreen(box);
    const view = useViewSlice(keys, afterPaint);
    const [drawn, setDrawn] = useState(view);
    const atOnce = drawn !== view && ownChanged(drawn, view);
    // Set while rendering: React renders again at once, before anything is painted.
    if (atOnce) setDrawn(view);
    useEffect(() => {
      if (drawn === view) return;
      const draw = () => startTransition(() => setDrawn(view));
      if (!skipped.current) {
        draw();
        return;
      }
      const onState = (event: Event) => {
        if (isStateChangeFor(event, box.current) && !skippedBy(event)) draw();
      };
      document.addEventListener(STATE_CHANGE, onState, true);
      const cancel = whenIdle(draw, HELD_AT_MOST_MS);
      return () => {
        document.removeEventListener(STATE_CHANGE, onState, true);
        cancel();
      };
    }, [drawn, view, skipped]);
    return (
      // No box of its own: the page lays the section out as if this element were not there.
      <div ref={box} style={{ display: 'contents' }}>
        <DrawnBody {...props} view={atOnce ? view : drawn} />
      </div>
    );
  }
  Section.displayName = `withViewSlice(${Body.displayName ?? Body.name})`;
  return Section;
}

/** Equal field values: the same text, or lists of the same texts. */
function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? allValues.eq(a, b) : Object.is(a, b);
}

/** The browser's event when it starts or stops skipping an element's content off screen. */
const STATE_CHANGE = 'contentvisibilityautostatechange';

const skippedBy = (event: Event) => (event as Event & { skipped?: boolean }).skipped === true;

/** The event is for an element around `element` (the event does not bubble: heard on capture). */
const isStateChangeFor = (event: Event, element: Element | null) =>
  element !== null && event.target instanceof Node && event.target.contains(element);

/**
 * Whether the browser skips `element`'s content off screen, as its last state-change event
 * said (false until one does, and where the browser has no `content-visibility`).
 */
function useSkippedOffScreen(element: RefObject<Element | null>): RefObject<boolean> {
  const skipped = useRef(false);
  useEffect(() => {
    const onState = (event: Event) => {
      if (isStateChangeFor(event, element.current)) skipped.current = skippedBy(event);
    };
    document.addEventListener(STATE_CHANGE, onState, true);
    return () => document.removeEventListener(STATE_CHANGE, onState, true);
  }, [element]);
  return skipped;
}
