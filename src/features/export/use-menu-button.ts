/**
 * The WAI-ARIA menu button pattern: the button opens the menu and moves focus into it;
 * arrows, Home, End and first letters move between items; Escape closes and returns focus
 * to the button; Tab, a click outside or focus leaving close it. Elements are found by
 * their ids, so the props hold no refs.
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

type Target = 'first' | 'last';

export interface MenuButton {
  open: boolean;
  /** Which edge of the button the menu lines up with, so it stays on screen. */
  align: 'left' | 'right';
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
  };
  menuProps: {
    id: string;
    role: 'menu';
    'aria-labelledby': string;
    onKeyDown: (event: KeyboardEvent) => void;
    onBlur: (event: FocusEvent) => void;
  };
  /** Props of every item: role and a tabindex that keeps items out of the Tab order. */
  itemProps: { role: 'menuitem'; tabIndex: -1 };
  /** Closes the menu; with `returnFocus`, focus goes back to the button. */
  close: (returnFocus: boolean) => void;
}

export function useMenuButton(): MenuButton {
  const id = useId();
  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  const containerId = `${id}-container`;
  const [open, setOpen] = useState(false);
  const [align, setAlign] = useState<'left' | 'right'>('right');
  const pendingFocus = useRef<Target>('first');

  const items = useCallback(
    () => [...(document.getElementById(menuId)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])],
    [menuId],
  );
  const inside = useCallback(
    (node: Node | null) => !!node && !!document.getElementById(containerId)?.contains(node),
    [containerId],
  );
  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) document.getElementById(buttonId)?.focus();
    },
    [buttonId],
  );

  useEffect(() => {
    if (!open) return;
    const all = items();
    (pendingFocus.current === 'first' ? all[0] : all.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target as Node | null)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close, inside, items]);

  const openMenu = (target: Target) => {
    const rect = document.getElementById(buttonId)?.getBoundingClientRect();
    // Open towards the wider side: on a phone the button wraps to the left edge.
    if (rect) setAlign(rect.left + rect.width / 2 > window.innerWidth / 2 ? 'right' : 'left');
    pendingFocus.current = target;
    setOpen(true);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    // Enter and Space click the button (see onClick); the arrows open it too.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const count = all.length;
    const index = all.findIndex((item) => item === document.activeElement);
    const focusAt = (i: number) => all[((i % count) + count) % count]?.focus();
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusAt(index + 1),
      ArrowUp: () => focusAt(index - 1),
      Home: () => focusAt(0),
      End: () => focusAt(count - 1),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      // Escape stops here: it must not also close a panel that listens on the document.
      event.stopPropagation();
      move();
    } else if (event.key === 'Tab') {
      // Focus returns to the button first, so Tab's default action moves on from there.
      close(true);
    } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Type-ahead: the next item whose label starts with the letter.
      const letter = event.key.toLowerCase();
      for (let step = 1; step <= count; step += 1) {
        const candidate = all[(index + step) % count];
        if (candidate?.textContent.trim().toLowerCase().startsWith(letter)) {
          candidate.focus();
          break;
        }
      }
    }
  };

  return {
    open,
    align,
    containerProps: { id: containerId },
    buttonProps: {
      id: buttonId,
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => {
        if (open) close(true);
        else openMenu('first');
      },
      onKeyDown: onButtonKeyDown,
    },
    menuProps: {
      id: menuId,
      role: 'menu',
      'aria-labelledby': buttonId,
      onKeyDown: onMenuKeyDown,
      onBlur: (event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !inside(next)) close(false);
      },
    },
    itemProps: { role: 'menuitem', tabIndex: -1 },
    close,
  };
}
