import { renderHook } from '@testing-library/react';
import { paint, waiting } from '../test/paint-on-demand';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSectionsShown } from './use-sections-shown';

vi.mock('../lib/after-paint', () => import('../test/paint-on-demand'));

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
