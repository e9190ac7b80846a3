/**
 * The open menu's half of the WAI-ARIA menu button pattern (the button's half is
 * use-menu-button.ts): on opening, focus goes to the first or last item; arrows, Home, End
 * and first letters move between items; Escape closes and returns focus to the button;
 * Tab, a click outside or focus leaving close it. Loaded with the menu, used only while it
 * is open. Elements are found by their ids, so the props hold no refs.
 */
import { useCallback, useLayoutEffect, type FocusEvent, type KeyboardEvent } from 'react';
import type { MenuButton } from './use-menu-button';

export interface MenuList {
  menuProps: {
    id: string;
    role: 'menu';
    'aria-labelledby': string;
    onKeyDown: (event: KeyboardEvent) => void;
    onBlur: (event: FocusEvent) => void;
  };
  /** Props of every item: role and a tabindex that keeps items out of the Tab order. */
  itemProps: { role: 'menuitem'; tabIndex: -1 };
}

export function useMenuList({ ids, focusTarget, close }: Pick<MenuButton, 'ids' | 'focusTarget' | 'close'>): MenuList {
  const { menu: menuId, button: buttonId, container: containerId } = ids;
  const items = useCallback(
    () => [...(document.getElementById(menuId)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])],
    [menuId],
  );
  const inside = useCallback(
    (node: Node | null) => !!node && !!document.getElementById(containerId)?.contains(node),
    [containerId],
  );

  // Mounted with the open menu: focus an item, and close on a pointer press outside. A layout
  // effect, so focus is on the item when the open menu is first painted (and by the time
  // anything waiting for the menu to appear looks), not a task later.
  useLayoutEffect(() => {
    const all = items();
    (focusTarget === 'first' ? all[0] : all.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target as Node | null)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // All stable while the menu is open: focus moves once, when it opens.
  }, [focusTarget, close, inside, items]);

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
  };
}
