/**
 * Waiting for the browser to go quiet before a measured navigation.
 *
 * Each fresh browser context opens a new window, and Chromium then loads that window's own
 * interface (its omnibox popup is a WebUI page in a renderer of its own): about 1–2 s of CPU
 * on one of this machine's two cores. A user's browser did that long before they opened the
 * explorer; measured in the same second as the page, it added 600–700 ms to every first
 * paint. So each run opens its context, then waits until the browser's processes together
 * use almost no CPU, and only then navigates. The HTTP cache is still cold: it belongs to the
 * fresh context.
 */
import type { Browser, CDPSession } from '@playwright/test';

/** CPU seconds used so far, per browser process id (CDP SystemInfo.getProcessInfo). */
export type CpuTimes = ReadonlyMap<number, number>;

/** The window over which CPU use is sampled, and how much of it counts as quiet. */
export const QUIET_WINDOW_MS = 500;
/** 5 % of one core over the window. */
export const QUIET_CPU_MS = 25;
const QUIET_TIMEOUT_MS = 15_000;

/**
 * CPU milliseconds the browser used between two samples. A process that appeared in between
 * counts from zero, as does one whose time went down (a new process that reused an id); one
 * that exited counts nothing (its last use is unknown).
 */
export function cpuUsedMs(before: CpuTimes, after: CpuTimes): number {
  let used = 0;
  for (const [id, seconds] of after) {
    const previous = before.get(id);
    used += previous !== undefined && seconds >= previous ? seconds - previous : seconds;
  }
  return used * 1000;
}

interface ProcessInfo {
  id: number;
  cpuTime: number;
}

async function cpuTimes(cdp: CDPSession): Promise<CpuTimes> {
  // SystemInfo is a browser-level CDP domain that Playwright's protocol types do not list.
  const send = cdp.send.bind(cdp) as (method: string) => Promise<unknown>;
  const { processInfo } = (await send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
  return new Map(processInfo.map((process) => [process.id, process.cpuTime]));
}

export interface QuietResult {
  /** How long the wait took. */
  waitedMs: number;
  /** False when the browser was still busy at the timeout (the run goes ahead anyway). */
  quiet: boolean;
}

/** Resolves once a whole QUIET_WINDOW_MS passes with under QUIET_CPU_MS of browser CPU. */
export async function waitForQuietBrowser(browser: Browser): Promise<QuietResult> {
  const cdp = await browser.newBrowserCDPSession();
  const started = Date.now();
  try {
    let before = await cpuTimes(cdp);
    while (Date.now() - started < QUIET_TIMEOUT_MS) {
      await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
      const after = await cpuTimes(cdp);
      if (cpuUsedMs(before, after) < QUIET_CPU_MS) return { waitedMs: Date.now() - started, quiet: true };
      before = after;
    }
    return { waitedMs: Date.now() - started, quiet: false };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
