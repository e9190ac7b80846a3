/**
 * Paints on demand, in place of lib/after-paint: the callbacks waiting for the next paint run
 * when the test says. A test file mocks lib/after-paint with this module (see
 * use-value-after-paint.test.tsx), then calls `paint()`.
 */
import { act } from '@testing-library/react';

/** The callbacks waiting for the next paint, in order. */
export const waiting: (() => void)[] = [];

export function afterNextPaint(callback: () => void): () => void {
  waiting.push(callback);
  return () => void waiting.splice(waiting.indexOf(callback) >>> 0, 1);
}

/**
 * Waits for two paints, as lib/after-paint's does (written the same way, over this module's
 * afterNextPaint, which the mock puts in place of the library's): a test calls `paint()` twice.
 */
export function afterNextTwoPaints(callback: () => void): () => void {
  let cancel = afterNextPaint(() => (cancel = afterNextPaint(callback)));
  return () => cancel();
}

/** The browser paints: every waiting callback runs. */
export const paint = () => {
  act(() => {
    for (const callback of waiting.splice(0)) callback();
  });
};
