/** Test helpers for what jsdom lacks or what a test must see through. */
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
