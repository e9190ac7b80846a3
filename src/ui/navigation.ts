/**
 * Moving the reader between the explorer's views ("show this meeting on the timeline", "land on
 * the selected state's panel"). Features name a destination; the app owns where it is and how
 * to get there (src/app/navigation.ts), so no feature knows another's DOM ids.
 */
import { createContext, useContext } from 'react';

/** The views a reader can be sent to: each registers its heading as its anchor. */
export type Destination = 'timeline' | 'detail' | 'map';

export interface GoToOptions {
  /** Leave the page where it is when the destination is already fully on screen. */
  onlyIfHidden?: boolean;
}

export interface Navigation {
  /** The ref callback that makes an element the anchor of a destination (one identity each). */
  anchor: (destination: Destination) => (element: HTMLElement | null) => void;
  /**
   * Brings a destination on screen; one still loading (a lazy view) is reached once it is
   * drawn. Returns what cancels a move still waiting.
   */
  goTo: (destination: Destination, options?: GoToOptions) => () => void;
}

/** Null outside the explorer (a component's unit test): anchors are plain, moves do nothing. */
export const NavigationContext = createContext<Navigation | null>(null);

const NOTHING = () => undefined;
const NO_MOVE = () => NOTHING;

/** The ref callback for a destination's heading. */
export function useAnchor(destination: Destination): ((element: HTMLElement | null) => void) | undefined {
  return useContext(NavigationContext)?.anchor(destination);
}

/** Sends the reader to a destination. */
export function useGoTo(): Navigation['goTo'] {
  return useContext(NavigationContext)?.goTo ?? NO_MOVE;
}
