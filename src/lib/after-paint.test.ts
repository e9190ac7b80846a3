import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterNextTwoPaints } from './after-paint';

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

describe('afterNextTwoPaints', () => {
  it('runs after the second frame, not after the first', async () => {
    const frames = fakeFrames();
    const callback = vi.fn();
    afterNextTwoPaints(callback);
    frames.paint();
    await settle();
    expect(callback).not.toHaveBeenCalled();
    frames.paint();
    await settle();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, whichever frame it waits for', async () => {
    const frames = fakeFrames();
    const first = vi.fn();
    const second = vi.fn();
    afterNextTwoPaints(first)();
    const cancelSecond = afterNextTwoPaints(second);
    frames.paint();
    await settle();
    cancelSecond();
    frames.paint();
    await settle();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });
});

describe('afterNextPaint with a task scheduler', () => {
  /** A `scheduler.postTask` that holds its tasks until `run()`, and records their options. */
  function fakeScheduler() {
    const tasks: { task: () => void; priority: string; signal: AbortSignal }[] = [];
    vi.stubGlobal('scheduler', {
      // Like the browser's: the promise settles with the task's outcome.
      postTask: (task: () => void, options: { priority: string; signal: AbortSignal }) =>
        new Promise<void>((resolve, reject) => {
          const run = () => {
            try {
              task();
              resolve();
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          };
          tasks.push({ task: run, ...options });
        }),
    });
    return {
      tasks,
      run() {
        for (const { task, signal } of tasks.splice(0)) if (!signal.aborted) task();
      },
    };
  }

  it('posts its task at user-blocking priority from the frame, ahead of queued work', async () => {
    const frames = fakeFrames();
    const scheduler = fakeScheduler();
    const callback = vi.fn();
    afterNextPaint(callback);
    expect(scheduler.tasks).toHaveLength(0);
    frames.paint();
    expect(scheduler.tasks.map((t) => t.priority)).toEqual(['user-blocking']);
    await settle();
    // Not run by a message: only when the scheduler runs the task.
    expect(callback).not.toHaveBeenCalled();
    scheduler.run();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('aborts the posted task when cancelled after the frame', () => {
    const frames = fakeFrames();
    const scheduler = fakeScheduler();
    const callback = vi.fn();
    const cancel = afterNextPaint(callback);
    frames.paint();
    cancel();
    expect(scheduler.tasks[0]?.signal.aborted).toBe(true);
    scheduler.run();
    expect(callback).not.toHaveBeenCalled();
  });

  it('reports an error the callback throws instead of swallowing it', async () => {
    const frames = fakeFrames();
    const scheduler = fakeScheduler();
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const error = new Error('mark failed');
    afterNextPaint(() => {
      throw error;
    });
    frames.paint();
    scheduler.run();
    await settle();
    expect(reported).toHaveBeenCalledWith(error);
  });
});
