import type { Browser } from '@playwright/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpuUsedMs, QUIET_CPU_MS, QUIET_WINDOW_MS, waitForQuietBrowser } from './quiet';

describe('cpuUsedMs', () => {
  it('sums the CPU each process used between two samples, in milliseconds', () => {
    const before = new Map([
      [1, 1.5],
      [2, 0.25],
    ]);
    const after = new Map([
      [1, 1.52],
      [2, 0.3],
    ]);
    expect(cpuUsedMs(before, after)).toBeCloseTo(70);
  });

  it('counts a process that appeared in between from zero, and ignores one that exited', () => {
    const before = new Map([[1, 2]]);
    const after = new Map([[3, 0.01]]);
    expect(cpuUsedMs(before, after)).toBeCloseTo(10);
  });

  it('counts a process whose time went down (a reused id) from zero', () => {
    expect(cpuUsedMs(new Map([[1, 5]]), new Map([[1, 0.001]]))).toBeCloseTo(1);
    expect(cpuUsedMs(new Map([[1, 5]]), new Map([[1, 5]]))).toBe(0);
  });
});

describe('waitForQuietBrowser', () => {
  afterEach(() => vi.useRealTimers());

  /**
   * A browser whose CDP session reports one process's CPU seconds, growing by `usedMs[i]`
   * in the i-th window (the last value repeats).
   */
  function browserUsing(usedMs: number[]) {
    let cpuSeconds = 0;
    let samples = 0;
    const detach = vi.fn(() => Promise.resolve());
    const send = vi.fn((method: string) => {
      expect(method).toBe('SystemInfo.getProcessInfo');
      if (samples > 0) cpuSeconds += (usedMs[Math.min(samples - 1, usedMs.length - 1)] ?? 0) / 1000;
      samples += 1;
      return Promise.resolve({ processInfo: [{ id: 1, cpuTime: cpuSeconds }] });
    });
    const browser = {
      newBrowserCDPSession: () => Promise.resolve({ send, detach }),
    } as unknown as Browser;
    return { browser, detach, samples: () => samples };
  }

  it('resolves after the first window in which the browser used almost no CPU', async () => {
    vi.useFakeTimers();
    const { browser, detach, samples } = browserUsing([400, 120, QUIET_CPU_MS - 1]);
    const result = waitForQuietBrowser(browser);
    await vi.advanceTimersByTimeAsync(QUIET_WINDOW_MS * 3);
    await expect(result).resolves.toEqual({ waitedMs: QUIET_WINDOW_MS * 3, quiet: true });
    expect(samples()).toBe(4);
    expect(detach).toHaveBeenCalledOnce();
  });

  it('measures each window against the sample before it, not against the start', async () => {
    vi.useFakeTimers();
    // 30 ms in a window is busy, however quiet the window before it was.
    const { browser } = browserUsing([QUIET_CPU_MS + 5, 0]);
    const result = waitForQuietBrowser(browser);
    await vi.advanceTimersByTimeAsync(QUIET_WINDOW_MS * 2);
    await expect(result).resolves.toEqual({ waitedMs: QUIET_WINDOW_MS * 2, quiet: true });
  });

  it('gives up, not quiet, when the browser stays busy, and still detaches', async () => {
    vi.useFakeTimers();
    const { browser, detach } = browserUsing([300]);
    const result = waitForQuietBrowser(browser);
    await vi.advanceTimersByTimeAsync(20_000);
    const { quiet, waitedMs } = await result;
    expect(quiet).toBe(false);
    expect(waitedMs).toBeGreaterThanOrEqual(15_000);
    expect(detach).toHaveBeenCalledOnce();
  });
});
