import type { ViewProps } from '../../state/view-props';

/** The printed report of the current view: hidden on screen. */
export function PrintReport(_props: ViewProps) {
  return null;
}
