import { renderHook } from '@testing-library/react';
import { paint, waiting } from '../test/paint-on-demand';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from './use-value-after-paint';

vi.mock('../lib/after-paint', () => import('../test/paint-on-demand'));

describe('useValueAfterPaint', () => {
  afterEach(() => void waiting.splice(0));

  it('starts with the value, and follows a change only after the next two paints', () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 'beijing' },
    });
    expect(result.current).toBe('beijing');
    expect(waiting).toEqual([]);
    rerender({ value: 'astana' });
    expect(result.current).toBe('beijing');
    // The frame that shows the change elsewhere, and the one after it, are left to the browser.
    paint();
    expect(result.current).toBe('beijing');
    paint();
    expect(result.current).toBe('astana');
    expect(waiting).toEqual([]);
  });

  it('catches up with the newest value when several come before a paint', () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    rerender({ value: 3 });
    // The wait for the value 2 was cancelled when 3 came.
    expect(waiting).toHaveLength(1);
    paint();
    paint();
    expect(result.current).toBe(3);
  });

  it('shows at once a change that must not wait, with no wait left behind', () => {
    const urgent = (shown: { area: string; event: string }, value: { area: string; event: string }) =>
      shown.area !== value.area;
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, urgent), {
      initialProps: { value: { area: 'security', event: 'a' } },
    });
    // A change from elsewhere waits for the paint.
    const selected = { area: 'security', event: 'b' };
    rerender({ value: selected });
    expect(result.current.event).toBe('a');
    // The section's own control: at once, with the change that was waiting.
    const narrowed = { area: 'economy', event: 'b' };
    rerender({ value: narrowed });
    expect(result.current).toBe(narrowed);
    expect(waiting).toEqual([]);
  });
});
