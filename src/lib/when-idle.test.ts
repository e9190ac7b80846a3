import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('uses requestIdleCallback where there is one, and cancels it', () => {
    const request = vi.fn(() => 7);
    const cancelRequest = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancelRequest);
    const callback = vi.fn();
    const cancel = whenIdle(callback, 3000);
    expect(request).toHaveBeenCalledWith(callback, { timeout: 3000 });
    cancel();
    expect(cancelRequest).toHaveBeenCalledWith(7);
  });

  it('falls back to a short timeout without it (Safari), and cancels that', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const callback = vi.fn();
    whenIdle(callback, 3000);
    vi.advanceTimersByTime(200);
    expect(callback).toHaveBeenCalledOnce();
    const other = vi.fn();
    whenIdle(other, 3000)();
    vi.advanceTimersByTime(5000);
    expect(other).not.toHaveBeenCalled();
  });
});
