/** Test helpers for what jsdom lacks or what a test must see through. */
import { act } from '@testing-library/react';
import { expect, vi } from 'vitest';

/**
 * A `matchMedia` for jsdom, which has none: `matches(query)` says which queries match; no
 * change is ever announced. Undo with `vi.unstubAllGlobals()`.
 */
export function stubMatchMedia(matches: (query: string) => boolean = () => false) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches(query),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

/**
 * Checks that `object[key]` is built on first use: a getter, which gives the same value
 * every time it is read. Returns that value.
 */
export function expectBuiltOnFirstUse<T extends object, K extends keyof T>(
  object: T,
  key: K,
): T[K] {
  expect(Object.getOwnPropertyDescriptor(object, key)).toHaveProperty('get', expect.any(Function));
  const value = object[key];
  expect(object[key]).toBe(value);
  return value;
}

/**
 * A `ResizeObserver` for jsdom, which has none and lays nothing out: observers hear of a size
 * only when the test calls the function returned ("the browser has laid the page out").
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubResizeObserver(): () => void {
  const callbacks: ((entries: ResizeObserverEntry[]) => void)[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: (entries: ResizeObserverEntry[]) => void) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  // No entries: jsdom lays nothing out, so there is no size to report.
  return () => act(() => callbacks.forEach((callback) => callback([])));
}
