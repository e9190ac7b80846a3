/**
 * The explorer on a large dataset: 2,000 generated meetings, served to the page by
 * intercepting the manifest and the dataset file, so the build ships nothing synthetic.
 * Above a few hundred meetings the timeline draws on a canvas with one focusable mark that
 * follows the keyboard, and the list renders only the rows in view.
 */
import { expect, test, type Page } from '@playwright/test';
import { manifestEntry } from '../scripts/gen-data';
import { generateDataset } from '../scripts/bench/synthetic-dataset';
import { meetingList, params } from './helpers';

const EVENTS = 2000;
const entry = manifestEntry(EVENTS, 1);
const dataset = generateDataset({ events: EVENTS, seed: 1 });
const body = JSON.stringify(dataset);

async function serveSynthetic(page: Page) {
  await page.route('**/data/datasets.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { datasets: unknown[] };
    await route.fulfill({
      response,
      json: { ...manifest, datasets: [...manifest.datasets, entry] },
    });
  });
  await page.route(`**/data/${entry.file}`, (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
}

/** The focusable marks of the timeline (the list's buttons carry meeting ids too). */
const timelineMarks = (page: Page) =>
  page.getByRole('group', { name: /^Timeline of/ }).locator('[data-meeting-id]');

async function openLarge(page: Page) {
  await serveSynthetic(page);
  await page.goto(`/?dataset=${entry.id}`);
  await expect(
    page.getByRole('group', { name: new RegExp(`^Timeline of ${EVENTS} meetings`) }),
  ).toBeVisible();
}

/** The page's `timeline:painted` marks, oldest first: how many marks each paint drew. */
function paintedCounts(page: Page): Promise<(number | null)[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('timeline:painted')
      .map((e) => ((e as PerformanceMark).detail as { drawn?: number } | null)?.drawn ?? null),
  );
}

/**
 * A point inside a drawn mark, in page coordinates: the centre of the first coloured pixel
 * whose right and lower neighbours are coloured too, so it is not on a mark's edge.
 */
async function pointOnAMark(page: Page) {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return null;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const opaque = (x: number, y: number) => (data[(y * width + x) * 4 + 3] ?? 0) > 200;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    for (let y = 0; y < height - 1; y++) {
      for (let x = 0; x < width - 1; x++) {
        if (opaque(x, y) && opaque(x + 1, y) && opaque(x, y + 1)) {
          return { x: box.left + (x + 0.5) / ratio, y: box.top + (y + 0.5) / ratio };
        }
      }
    }
    return null;
  });
}

/** The colour of one canvas pixel at a page point, as `r,g,b,a`. */
function pixelAt(page: Page, point: { x: number; y: number }) {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement, { x, y }) => {
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const pixel = canvas.getContext('2d')?.getImageData(Math.floor((x - box.left) * ratio), Math.floor((y - box.top) * ratio), 1, 1).data;
    return pixel ? Array.from(pixel).join(',') : '';
  }, point);
}

/** A digest of every pixel of the canvas, to compare two drawings of the same view. */
function canvasDigest(page: Page) {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let hash = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + (data[i] ?? 0)) | 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) coloured++;
    return { hash, coloured };
  });
}

test.describe('a dataset of 2,000 meetings', () => {
  test('says so when the canvas’s code cannot be loaded, and the list still has every meeting', async ({ page }) => {
    // With or without a query: a retry may ask for the chunk's URL with ?retry=N.
    await page.route(/\/assets\/CanvasLanes-[\w-]+\.js(\?.*)?$/, (route) => route.abort());
    await openLarge(page);
    await expect(page.getByRole('alert').filter({ hasText: 'timeline’s drawing could not be loaded' })).toBeVisible();
    await expect(page.getByText(`${EVENTS} of ${EVENTS} meetings shown`)).toBeVisible();
  });

  test('draws every meeting on the canvas and records the paint', async ({ page }) => {
    await openLarge(page);
    await expect(page.locator('canvas')).toBeVisible();
    await expect.poll(() => paintedCounts(page)).toContain(EVENTS);
    // The canvas is a lazy chunk: no paint is marked before it has drawn the meetings.
    expect((await paintedCounts(page))[0]).toBe(EVENTS);
    // Only the focusable mark is in the SVG, not an element per meeting.
    await expect(timelineMarks(page)).toHaveCount(1);
    // Zoomed in, the canvas draws only the marks in view, and the paint mark says so.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await paintedCounts(page)).at(-1) ?? EVENTS).toBeLessThan(EVENTS);
    expect((await paintedCounts(page)).at(-1)).toBeGreaterThan(0);
  });

  test('a browser without OffscreenCanvas draws the same picture', async ({ page }) => {
    await openLarge(page);
    await expect.poll(() => paintedCounts(page)).toContain(EVENTS);
    const expected = await canvasDigest(page);
    expect(expected.coloured).toBeGreaterThan(1000);

    // Safari before 16.4 has no OffscreenCanvas: the strip is then a canvas element.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'OffscreenCanvas'));
    await page.reload();
    expect(await page.evaluate(() => typeof OffscreenCanvas)).toBe('undefined');
    await expect.poll(() => paintedCounts(page)).toContain(EVENTS);
    await expect.poll(() => canvasDigest(page)).toEqual(expected);
  });

  test('the canvas repaints in the dark palette when the system turns dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openLarge(page);
    const point = await pointOnAMark(page);
    expect(point).not.toBeNull();
    const light = await pixelAt(page, point!);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pixelAt(page, point!)).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pixelAt(page, point!)).toBe(light);
  });

  test('a click on a drawn mark selects the meeting under it', async ({ page }) => {
    await openLarge(page);
    const point = await pointOnAMark(page);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => params(page).event ?? '').not.toBe('');
    const selected = params(page).event ?? '';
    // The selected meeting is drawn over the canvas as its own mark.
    await expect(
      timelineMarks(page)
        .and(page.locator(`[data-meeting-id="${selected}"]`))
        .first(),
    ).toBeAttached();
    await expect(page.locator('#detail-heading')).toBeVisible();
  });

  test('the meetings linked to the selected decision are drawn over the canvas, marked as linked', async ({ page }) => {
    const decision = dataset.decisions.find((d) => d.meetingLinks.length > 0);
    const linkedId = decision?.meetingLinks[0]?.meetingId ?? '';
    expect(linkedId).not.toBe('');
    await serveSynthetic(page);
    await page.goto(`/?dataset=${entry.id}&decision=${decision?.id ?? ''}`);
    const linked = timelineMarks(page).and(page.locator(`[data-meeting-id="${linkedId}"]`));
    await expect(linked).toHaveAttribute('data-linked', 'true');
    await expect(linked).toHaveAccessibleName(/, linked to the selected decision$/);
  });

  test('the keyboard walks the meetings in time order and Enter selects', async ({ page }) => {
    await openLarge(page);
    // The roving mark: the one in the tab order, whichever meeting it stands for.
    const mark = timelineMarks(page).and(page.locator('[tabindex="0"]'));
    await mark.focus();
    const first = await mark.getAttribute('data-meeting-id');
    await page.keyboard.press('End');
    await expect(mark).not.toHaveAttribute('data-meeting-id', first ?? '');
    await expect(mark).toBeFocused();
    const last = await mark.getAttribute('data-meeting-id');
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).event).toBe(last);
    await page.keyboard.press('Home');
    await expect(mark).toHaveAttribute('data-meeting-id', first ?? '');
  });

  test('a city filter narrows the timeline and the list, and clearing it restores them', async ({
    page,
  }) => {
    await openLarge(page);
    const city = page.getByRole('group', { name: 'City' }).getByRole('checkbox').first();
    const label = (await city.locator('xpath=..').innerText()).trim();
    const count = Number(/\((\d+)\)$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(EVENTS);
    await city.check();
    await expect(
      page.getByRole('group', { name: new RegExp(`^Timeline of ${count} meetings`) }),
    ).toBeVisible();
    await expect(page.getByText(`${count} of ${EVENTS} meetings shown`)).toBeVisible();
    await expect.poll(() => paintedCounts(page)).toContain(count);
    // Few enough for labelled SVG marks: the canvas is out of sight, its pixels kept.
    await expect(page.locator('canvas')).toBeHidden();
    await city.uncheck();
    await expect(
      page.getByRole('group', { name: new RegExp(`^Timeline of ${EVENTS} meetings`) }),
    ).toBeVisible();
    await expect(page.getByText(`${EVENTS} of ${EVENTS} meetings shown`)).toBeVisible();
    await expect.poll(async () => (await paintedCounts(page)).at(-1)).toBe(EVENTS);
    await expect(page.locator('canvas')).toBeVisible();
    expect(await pointOnAMark(page)).not.toBeNull();
  });

  test('the list renders the rows in view and still tells their place in the whole', async ({
    page,
  }) => {
    await openLarge(page);
    const items = meetingList(page).getByRole('listitem');
    await expect(items.first()).toHaveAttribute('aria-setsize', String(EVENTS));
    await expect(items.first()).toHaveAttribute('aria-posinset', '1');
    expect(await items.count()).toBeLessThan(100);
  });
});
