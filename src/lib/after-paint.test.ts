import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

afterEach(() => vi.unstubAllGlobals());

/** Frame callbacks held until `paint()` runs them, as a browser would at its next frame. */
function fakeFrames() {
  const queued = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queued.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => queued.delete(handle));
  return {
    paint() {
      for (const [handle, callback] of queued) {
        queued.delete(handle);
        callback(0);
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('afterNextPaint', () => {
  it('runs after the next frame, not before', async () => {
    const frames = fakeFrames();
    const callback = vi.fn();
    afterNextPaint(callback);
    await settle();
    expect(callback).not.toHaveBeenCalled();
    frames.paint();
    await settle();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, before or after the frame', async () => {
    const frames = fakeFrames();
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    frames.paint();
    cancelLate();
    await settle();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
