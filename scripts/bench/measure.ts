/**
 * One measured page load in a fresh browser context: first paint, heap, then the filter,
 * unfilter and select interactions, timed in the page by the probe (probe.ts).
 * The selectors are the app's accessible names: the "City" group of filter checkboxes and
 * the "Meetings" list of buttons.
 */
import type { Browser, Page } from '@playwright/test';
import { probeScript, type FirstPaint, type InteractionTiming, type ProbeMode } from './probe';
import { waitForQuietBrowser, type QuietResult } from './quiet';

export const VIEWPORT = { width: 1440, height: 900 };
const FIRST_PAINT_TIMEOUT = 120_000;
const INTERACTION_TIMEOUT = 60_000;
const ACTION_TIMEOUT = 60_000;

export interface RunResult {
  run: number;
  firstPaint?: FirstPaint;
  filter?: InteractionTiming;
  unfilter?: InteractionTiming;
  select?: InteractionTiming;
  heapMB?: number;
  /** The wait for the browser to go quiet before navigating (see quiet.ts). */
  quiet?: QuietResult;
  error?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A promise, or an error after `ms`: page.evaluate and CDP calls have no timeout of their own. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Evaluates an expression of the probe (awaiting a promise it returns), with a timeout. */
async function evaluate<T>(page: Page, expression: string, ms = ACTION_TIMEOUT): Promise<T> {
  const value: unknown = await within(page.evaluate(expression), ms, expression);
  if (!isObject(value) && value !== null && value !== undefined && typeof value !== 'number')
    throw new Error(`unexpected result of ${expression}`);
  return value as T;
}

/** Arms the probe, clicks, and waits for the next mark (or DOM change) and frame. */
async function interact(
  page: Page,
  target: ReturnType<Page['locator']>,
): Promise<InteractionTiming> {
  // Settle first: views that catch up in the background (the list after a filter) may still
  // replace the element the locator would find.
  await evaluate(page, 'window.__bench.settle()');
  await target.scrollIntoViewIfNeeded({ timeout: ACTION_TIMEOUT });
  await evaluate(page, 'window.__bench.settle()');
  await evaluate(page, 'window.__bench.arm()');
  await target.click({ timeout: ACTION_TIMEOUT });
  return evaluate<InteractionTiming>(
    page,
    `window.__bench.result(${INTERACTION_TIMEOUT})`,
    INTERACTION_TIMEOUT + 5000,
  );
}

export async function measureOnce(
  browser: Browser,
  url: string,
  mode: ProbeMode,
  run: number,
  /** Chrome's CPU slowdown factor (1: none; 4: a mid-range phone). */
  cpuThrottle = 1,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  const result: RunResult = { run };
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT);
    await page.addInitScript({ content: probeScript(mode) });
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    result.quiet = await waitForQuietBrowser(browser);
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    result.firstPaint = await evaluate<FirstPaint>(
      page,
      `window.__bench.firstPaint(${FIRST_PAINT_TIMEOUT})`,
      FIRST_PAINT_TIMEOUT + 5000,
    );
    await evaluate(page, 'window.__bench.settle()').catch(() => {
      throw new Error(
        `the page did not settle within ${ACTION_TIMEOUT / 1000} s of its first paint (main thread busy): heap and interactions not measured`,
      );
    });
    await within(cdp.send('HeapProfiler.collectGarbage'), ACTION_TIMEOUT, 'garbage collection');
    await within(cdp.send('Performance.enable'), ACTION_TIMEOUT, 'Performance.enable');
    const { metrics } = await within(
      cdp.send('Performance.getMetrics'),
      ACTION_TIMEOUT,
      'Performance.getMetrics',
    );
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (heap !== undefined) result.heapMB = Math.round((heap / 1e6) * 10) / 10;

    const city = page.getByRole('group', { name: 'City' }).getByRole('checkbox').first();
    result.filter = await interact(page, city);
    result.unfilter = await interact(page, city);
    const meeting = page.getByRole('list', { name: 'Meetings' }).getByRole('button').nth(2);
    result.select = await interact(page, meeting);
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

/** Loads the real dataset once (also a warm-up) and looks for `timeline:painted` marks. */
export async function detectMode(browser: Browser, url: string): Promise<ProbeMode> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript('fallback') });
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await evaluate(
      page,
      `window.__bench.firstPaint(${FIRST_PAINT_TIMEOUT})`,
      FIRST_PAINT_TIMEOUT + 5000,
    );
    // Marks may come a little after the list: give them three seconds.
    for (let waited = 0; waited < 3000; waited += 250) {
      if ((await evaluate<number>(page, 'window.__bench.marksSeen()')) > 0) return 'mark';
      await page.waitForTimeout(250);
    }
    return 'fallback';
  } finally {
    await context.close().catch(() => undefined);
  }
}
