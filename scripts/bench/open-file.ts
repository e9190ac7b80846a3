/**
 * "Open a CSV file → timeline painted": one measured run in a fresh browser context. The page
 * opens the real dataset, then a CSV file is chosen with "Open your data", as a reader does.
 * Measured from the click on the file chooser's files:
 *  - read: until the app's `own-data:read` mark (the worker has parsed and checked the rows);
 *  - paint: until the first `timeline:painted` mark that draws the file's meetings;
 *  - the longest main-thread task (Long Tasks API) during the read, and how many took over
 *    200 ms: the page must not freeze while a file is read.
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure';

export interface OpenFileRun {
  run: number;
  readMs?: number;
  paintMs?: number;
  drawn?: number;
  longestTaskDuringReadMs?: number;
  tasksOver200msDuringRead?: number;
  error?: string;
}

const TIMEOUT = 180_000;

/** Installed before the app: long tasks and marks, kept in arrays the run reads back. */
const PROBE = `
  window.__open = { tasks: [], marks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__open.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__open.marks.push({ name: e.name, at: e.startTime, detail: e.detail });
  }).observe({ type: 'mark', buffered: true });
`;

interface Mark {
  name: string;
  at: number;
  detail: { drawn?: number; rows?: number } | null;
}

export async function measureOpenFile(
  browser: Browser,
  url: string,
  csvPath: string,
  run: number,
): Promise<OpenFileRun> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  const result: OpenFileRun = { run };
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.addInitScript({ content: PROBE });
    await page.goto(url);
    await page.getByRole('list', { name: 'Meetings', exact: true }).waitFor();
    await page.waitForTimeout(1000);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open your data' }).click();
    const start = await page.evaluate(() => performance.now());
    await (await chooser).setFiles(csvPath);
    // Done when a paint follows the read: the first paint's mark (the real data) comes before.
    await page.waitForFunction(
      () => {
        const { marks } = (window as unknown as { __open: { marks: Mark[] } }).__open;
        const read = marks.find((m) => m.name === 'own-data:read');
        return !!read && marks.some((m) => m.name === 'timeline:painted' && m.at >= read.at);
      },
      undefined,
      { timeout: TIMEOUT },
    );
    const { tasks, marks } = await page.evaluate(
      () =>
        (
          window as unknown as {
            __open: { tasks: { start: number; duration: number }[]; marks: Mark[] };
          }
        ).__open,
    );
    const read = marks.find((m) => m.name === 'own-data:read' && m.at > start);
    const paint = marks.find((m) => m.name === 'timeline:painted' && read && m.at >= read.at);
    if (!read || !paint) throw new Error('no read or paint mark after the file was chosen');
    const during = tasks.filter((t) => t.start >= start && t.start < read.at);
    result.readMs = Math.round(read.at - start);
    result.paintMs = Math.round(paint.at - start);
    result.drawn = paint.detail?.drawn ?? undefined;
    result.longestTaskDuringReadMs = Math.round(Math.max(0, ...during.map((t) => t.duration)));
    result.tasksOver200msDuringRead = during.filter((t) => t.duration > 200).length;
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}
