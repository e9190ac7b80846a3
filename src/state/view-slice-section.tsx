import { memo, type ComponentType } from 'react';
import type { ViewState } from './view-state';
import { useViewSlice, type ViewKey } from './view-slice';

/** The props of a section's body: its own, and the slice of the view it draws. */
export type WithView<P, K extends ViewKey> = P & { view: Pick<ViewState, K> };

/**
 * A section that draws a slice of the view (useViewSlice), as a shell that holds the
 * subscription and a memoised body that draws. nuqs renders the component that holds its hook
 * for every change of the slice's parameters, even one the section follows only after the
 * paint: that render then stops at the shell, instead of running the body again and
 * comparing each of its children (two thousand paragraphs of a long source text) in the
 * click's own task. The body renders when its slice, or one of its own props, has changed.
 * Lazy sections only: it keeps this module out of the first view.
 */
export function withViewSlice<P extends object, K extends ViewKey>(
  keys: readonly K[],
  afterPaint: readonly K[],
  Body: ComponentType<WithView<P, K>>,
): ComponentType<P> {
  const DrawnBody = memo(Body) as unknown as ComponentType<WithView<P, K>>;
  function Section(props: P) {
    const view = useViewSlice(keys, afterPaint);
    return <DrawnBody {...props} view={view} />;
  }
  Section.displayName = `withViewSlice(${Body.displayName ?? Body.name})`;
  return Section;
}
