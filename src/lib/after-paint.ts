/**
 * Runs a callback once the browser has painted the current frame: a frame callback runs just
 * before the paint, and a task posted from it runs after. Returns a cancel function.
 *
 * The task is posted at user-blocking priority where the browser has a task scheduler
 * (`scheduler.postTask`), so it runs right after the paint, ahead of work already queued at
 * normal priority (React's background renders, timers); elsewhere it is a message, which waits
 * behind that work. What the callback records (the timeline's paint mark) is then as close
 * to the paint as the page can tell.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  let cancelTask = () => {};
  const frame = requestAnimationFrame(() => {
    cancelTask = postTask(() => {
      if (!cancelled) callback();
    });
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    cancelTask();
  };
}

interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'user-blocking'; signal: AbortSignal },
  ): Promise<unknown>;
}

/** Posts a task; returns a cancel function. */
function postTask(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    const controller = new AbortController();
    // The promise rejects when the task is aborted (expected) or throws: the error is then
    // reported as an uncaught one would be, not swallowed.
    scheduler
      .postTask(task, { priority: 'user-blocking', signal: controller.signal })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) reportUncaught(error);
      });
    return () => controller.abort();
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** Reports an error to the page (the console, `error` listeners) without throwing here. */
function reportUncaught(error: unknown) {
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

/**
 * Runs a callback once the browser has painted the next frame and the one after it. Work that
 * follows a change (a catch-up render) waits so: the frame that shows the change and the
 * next one stay the browser's, which then draws its next frame on its own beat instead of
 * after that work.
 */
export function afterNextTwoPaints(callback: () => void): () => void {
  // The wait pending now: the first paint's, then the second's.
  let cancel = afterNextPaint(() => (cancel = afterNextPaint(callback)));
  return () => cancel();
}
