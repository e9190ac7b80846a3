import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSectionsShown } from './use-sections-shown';

/** Paints on demand: the callbacks waiting for the next paint run when the test says. */
const waiting: (() => void)[] = [];
vi.mock('../lib/after-paint', () => ({
  afterNextPaint: (callback: () => void) => {
    waiting.push(callback);
    return () => waiting.splice(waiting.indexOf(callback) >>> 0, 1);
  },
}));
const paint = () => act(() => waiting.splice(0).forEach((callback) => callback()));

describe('useSectionsShown', () => {
  afterEach(() => void waiting.splice(0));

  it('shows no section before the first paint, then one more after each paint', () => {
    const { result } = renderHook(() => useSectionsShown(3));
    expect(result.current).toBe(0);
    paint();
    expect(result.current).toBe(1);
    paint();
    expect(result.current).toBe(2);
    paint();
    expect(result.current).toBe(3);
    paint();
    expect(result.current).toBe(3);
    expect(waiting).toEqual([]);
  });
});
