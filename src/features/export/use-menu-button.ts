/**
 * The button half of the WAI-ARIA menu button pattern, in the first view: the button opens
 * the menu (click, Enter, Space, ArrowDown on the first item, ArrowUp on the last) and says
 * whether it is open. The open menu's own keys live in use-menu-list.ts, which loads with
 * the menu. `prepare` loads what the open menu needs: it starts when the pointer or focus
 * reaches the button, and opening waits for it, so the menu opens whole, with focus on an
 * item. Elements are found by their ids, so the props hold no refs.
 */
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';

export type MenuFocusTarget = 'first' | 'last';

export interface MenuButton {
  open: boolean;
  /** Which edge of the button the menu lines up with, so it stays on screen. */
  align: 'left' | 'right';
  /** The item that takes focus when the menu opens. */
  focusTarget: MenuFocusTarget;
  ids: { button: string; menu: string; container: string };
  /** For the element that holds the button and the menu: pointer and focus inside it keep the menu open. */
  containerProps: { id: string };
  buttonProps: {
    id: string;
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    /** Only while open: it names the menu, which exists only then. */
    'aria-controls': string | undefined;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent) => void;
    onPointerEnter: () => void;
    onFocus: () => void;
  };
  /** Closes the menu (or cancels an opening); with `returnFocus`, focus goes back to the button. */
  close: (returnFocus: boolean) => void;
}

export interface MenuButtonOptions {
  /** Loads what the open menu needs; called again after a failure. */
  prepare: () => Promise<unknown>;
  /** The menu could not open because `prepare` failed (a warm-up failing is silent). */
  onOpenFailed?: () => void;
}

export function useMenuButton({ prepare, onOpenFailed }: MenuButtonOptions): MenuButton {
  const id = useId();
  const ids = { button: `${id}-button`, menu: `${id}-menu`, container: `${id}-container` };
  const buttonId = ids.button;
  const [open, setOpen] = useState(false);
  const [align, setAlign] = useState<'left' | 'right'>('right');
  const [focusTarget, setFocusTarget] = useState<MenuFocusTarget>('first');
  // Each opening gets a number; closing bumps it, so an opening still loading is dropped.
  const request = useRef(0);

  const close = useCallback(
    (returnFocus: boolean) => {
      request.current += 1;
      setOpen(false);
      if (returnFocus) document.getElementById(buttonId)?.focus();
    },
    [buttonId],
  );

  const openMenu = (target: MenuFocusTarget) => {
    request.current += 1;
    const ticket = request.current;
    prepare().then(
      () => {
        if (ticket !== request.current) return;
        const rect = document.getElementById(buttonId)?.getBoundingClientRect();
        // Open towards the wider side: on a phone the button wraps to the left edge.
        if (rect) setAlign(rect.left + rect.width / 2 > window.innerWidth / 2 ? 'right' : 'left');
        setFocusTarget(target);
        setOpen(true);
      },
      // The menu stays closed; the next try loads again.
      () => {
        if (ticket === request.current) onOpenFailed?.();
      },
    );
  };

  const warmUp = () => void prepare().catch(() => undefined);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    // Enter and Space click the button (see onClick); the arrows open it too.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  return {
    open,
    align,
    focusTarget,
    ids,
    containerProps: { id: ids.container },
    buttonProps: {
      id: buttonId,
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      'aria-controls': open ? ids.menu : undefined,
      onClick: () => {
        if (open) close(true);
        else openMenu('first');
      },
      onKeyDown: onButtonKeyDown,
      onPointerEnter: warmUp,
      onFocus: warmUp,
    },
    close,
  };
}
