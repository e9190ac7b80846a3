/**
 * The in-page probe of the benchmark, installed with page.addInitScript before any app code.
 * Plain JavaScript in a string: Playwright serialises functions with toString(), and tsx's
 * transform can add helpers (`__name`) that do not exist in the page.
 *
 * Times are performance.now() / entry.startTime values: milliseconds since navigation start.
 *  - `timeline:painted` User Timing marks are collected by a PerformanceObserver (and read
 *    with getEntriesByName in case the observer has not delivered them yet).
 *  - An interaction is armed first (`__bench.arm()`); a capturing click/input listener on
 *    window records the input time before the app's own handlers run. Then
 *    `__bench.result(timeoutMs)` resolves with { input, mark, drawn, frame }:
 *    mark = the first `timeline:painted` after the input, frame = the end of the first
 *    rendered frame after it (a requestAnimationFrame callback, then a message posted from it,
 *    which runs once that frame's rendering work is done).
 *  - Fallback (the app emits no marks): first paint is the first frame rendered after the
 *    "Meetings" list has items in the DOM; an interaction ends with the first frame rendered
 *    after the first DOM mutation that follows the input. The MutationObserver only runs in
 *    fallback mode, so it never adds cost to the mark-based measurements.
 */
export type ProbeMode = 'mark' | 'fallback';

export interface FirstPaint {
  /** ms from navigation start: the first mark, or (fallback) the frame after the list appeared. */
  at: number;
  drawn: number | null;
  /** Fallback only: when the list's items entered the DOM. */
  listAt: number | null;
}

export interface InteractionTiming {
  input: number;
  inputType: string;
  /** The first `timeline:painted` mark after the input (null in fallback mode). */
  mark: number | null;
  drawn: number | null;
  /** End of the first frame rendered after the mark (fallback: after the DOM changed). */
  frame: number;
}

export function probeScript(mode: ProbeMode): string {
  return `(() => {
  const MODE = ${JSON.stringify(mode)};
  const MARK = 'timeline:painted';
  const LIST = 'ol[aria-label="Meetings"] li, ul[aria-label="Meetings"] li, [role="list"][aria-label="Meetings"] [role="listitem"]';
  const now = () => performance.now();
  const b = { marks: [], armed: false, input: null, inputType: '', mutation: null, frames: [], listAt: null, listFrame: null, waiters: [] };
  window.__bench = b;

  const seen = new Set();
  const addMark = (e) => {
    if (e.name !== MARK || seen.has(e.startTime)) return;
    seen.add(e.startTime);
    const detail = e.detail;
    b.marks.push({ t: e.startTime, drawn: detail && typeof detail.drawn === 'number' ? detail.drawn : null });
    b.marks.sort((x, y) => x.t - y.t);
  };
  const allMarks = () => {
    for (const e of performance.getEntriesByName(MARK, 'mark')) addMark(e);
    return b.marks;
  };
  const check = () => {
    b.waiters = b.waiters.filter((w) => {
      const value = w.test();
      if (value == null) return true;
      clearTimeout(w.timer);
      w.resolve(value);
      return false;
    });
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) addMark(e);
      check();
    }).observe({ type: 'mark', buffered: true });
  } catch (error) {
    b.observerError = String(error);
  }

  // After the next frame has been rendered: rAF runs in the frame's rendering step; a message
  // posted from it is handled after that step. Callbacks are queued, in order.
  const channel = new MessageChannel();
  const afterPaint = [];
  channel.port1.onmessage = () => { const cb = afterPaint.shift(); if (cb) cb(now()); };
  const afterNextPaint = (cb) => requestAnimationFrame(() => { afterPaint.push(cb); channel.port2.postMessage(0); });

  const until = (test, timeoutMs, what) => new Promise((resolve, reject) => {
    // Checked on every mark, frame and mutation; the slow interval is only a safety net.
    const poll = setInterval(check, 100);
    const waiter = { test, resolve: (v) => { clearInterval(poll); resolve(v); }, timer: 0 };
    waiter.timer = setTimeout(() => {
      clearInterval(poll);
      b.waiters = b.waiters.filter((w) => w !== waiter);
      reject(new Error('timed out after ' + timeoutMs + ' ms waiting for ' + what));
    }, timeoutMs);
    b.waiters.push(waiter);
    check();
  });

  const onInput = (event) => {
    if (!b.armed || b.input !== null) return;
    b.input = now();
    b.inputType = event.type;
  };
  for (const type of ['click', 'input']) addEventListener(type, onInput, true);

  let mutations = null;
  if (MODE === 'fallback') {
    const listObserver = new MutationObserver(() => {
      if (b.listAt !== null || !document.querySelector(LIST)) return;
      b.listAt = now();
      listObserver.disconnect();
      afterNextPaint((t) => { b.listFrame = t; check(); });
    });
    listObserver.observe(document, { childList: true, subtree: true });
    mutations = new MutationObserver(() => {
      if (b.input === null || b.mutation !== null) return;
      b.mutation = now();
      mutations.disconnect();
      check();
    });
  }

  const frameLoop = () => {
    if (!b.armed) return;
    afterNextPaint((t) => { b.frames.push(t); check(); });
    requestAnimationFrame(frameLoop);
  };

  b.firstPaint = (timeoutMs) => until(() => {
    const marks = allMarks();
    if (MODE === 'mark') return marks.length ? { at: marks[0].t, drawn: marks[0].drawn, listAt: null } : null;
    return b.listFrame !== null ? { at: b.listFrame, drawn: null, listAt: b.listAt } : null;
  }, timeoutMs, MODE === 'mark' ? 'the first ' + MARK + ' mark' : 'the Meetings list');

  b.marksSeen = () => allMarks().length;

  b.arm = () => {
    b.armed = true;
    b.input = null;
    b.mutation = null;
    b.frames = [];
    if (mutations) mutations.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    frameLoop();
  };

  b.result = (timeoutMs) => until(() => {
    if (b.input === null) return null;
    const input = b.input;
    let end, mark = null, drawn = null;
    if (MODE === 'mark') {
      const found = allMarks().find((m) => m.t > input);
      if (!found) return null;
      mark = found.t; drawn = found.drawn; end = found.t;
    } else {
      if (b.mutation === null) return null;
      end = b.mutation;
    }
    const frame = b.frames.find((t) => t > end);
    if (frame === undefined) return null;
    b.armed = false;
    if (mutations) mutations.disconnect();
    return { input, inputType: b.inputType, mark, drawn, frame };
  }, timeoutMs, MODE === 'mark' ? 'a ' + MARK + ' mark after the input' : 'a DOM change after the input')
    .finally(() => { b.armed = false; if (mutations) mutations.disconnect(); });

  /** Idle (or 5 s), then one rendered frame. */
  b.settle = () => new Promise((resolve) => {
    const idle = window.requestIdleCallback || ((cb) => setTimeout(cb, 50));
    idle(() => afterNextPaint(() => resolve(null)), { timeout: 5000 });
  });
})();`;
}
