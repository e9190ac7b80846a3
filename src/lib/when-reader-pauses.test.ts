import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenReaderPauses } from './when-reader-pauses';

beforeEach(() => {
  vi.useFakeTimers();
  // The browser is idle at once: what is tested here is the reader's pause.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    callback();
    return 0;
  });
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const input = (type: string) => window.dispatchEvent(new Event(type));

describe('whenReaderPauses', () => {
  it('runs once the reader has made no input for the quiet time', () => {
    const then = vi.fn();
    whenReaderPauses(then, 3000, 30_000);
    vi.advanceTimersByTime(2999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledOnce();
  });

  it('waits again after each click, key, wheel or scroll, in the page too', () => {
    const then = vi.fn();
    whenReaderPauses(then, 3000, 30_000);
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
      vi.advanceTimersByTime(2000);
      input(type);
    }
    vi.advanceTimersByTime(2000);
    // A scroll of an element does not bubble: heard on capture.
    const list = document.body.appendChild(document.createElement('div'));
    list.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(2999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledOnce();
    list.remove();
  });

  it('runs at the latest time however busy the reader is, once', () => {
    const then = vi.fn();
    whenReaderPauses(then, 3000, 10_000);
    for (let t = 0; t < 20_000; t += 1000) {
      input('pointerdown');
      vi.advanceTimersByTime(1000);
    }
    expect(then).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, and stops listening', () => {
    const then = vi.fn();
    const removed = vi.spyOn(window, 'removeEventListener');
    whenReaderPauses(then, 3000, 10_000)();
    vi.advanceTimersByTime(20_000);
    expect(then).not.toHaveBeenCalled();
    expect(removed).toHaveBeenCalledTimes(4);
  });
});
