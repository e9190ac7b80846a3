import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';

const DUSHANBE = '/?city=dushanbe';

// Downloads, print emulation and a whole-page axe scan: generous on a small, busy machine.
test.describe.configure({ timeout: 60_000 });

/** Opens a path and waits for the meetings list (exact name: decision cards have lists of meetings too). */
async function openApp(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('list', { name: 'Meetings', exact: true })).toBeVisible({ timeout: 15_000 });
}

function menuButton(page: Page) {
  return page.getByRole('button', { name: 'Share and export' });
}

function item(page: Page, name: string) {
  return page.getByRole('menu').getByRole('menuitem', { name });
}

/** Opens the menu from the keyboard: focus the button, ArrowDown; the first item takes focus. */
async function openMenuByKeyboard(page: Page) {
  await menuButton(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(item(page, 'Copy link')).toBeFocused();
}

/** Moves to a menu item with the arrows, presses Enter and returns the download. */
async function downloadByKeyboard(page: Page, name: string, steps: number): Promise<{ text: string; download: Download }> {
  await openMenuByKeyboard(page);
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  await expect(item(page, name)).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await download.path();
  return { text: await readFile(path, 'utf8'), download };
}

test.describe('export of a filtered view @dates', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, DUSHANBE);
    await expect(page.getByText('3 of 15 meetings shown')).toBeVisible();
  });

  test('CSV: BOM, header, one row per meeting with ISO dates and the view link', async ({ page }) => {
    const { text, download } = await downloadByKeyboard(page, 'Download CSV', 1);
    expect(download.suggestedFilename()).toBe('sco-meetings-sco-2012-beijing-3.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id,title,ministry_or_format,category,start,end,city,country,quote,description,url,link,source,dataset_version,view_link',
    );
    const rows = csvParse(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.id)).toEqual(['emergency-relief-2011', 'trade-ministers-2011', 'attorneys-general-2012']);
    expect(rows.map((r) => [r.start, r.end])).toEqual([
      ['2011-09-28', '2011-09-28'],
      ['2011-10-26', '2011-10-26'],
      ['2012-06-05', '2012-06-06'],
    ]);
    for (const row of rows) {
      expect(row.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.city).toBe('Dushanbe');
      expect(row.country).toBe('Tajikistan');
      expect(row.dataset_version).toBe('1.0.0');
      expect(row.source).toContain('Press Release');
      expect(new URL(row.view_link ?? '').searchParams.get('city')).toBe('dushanbe');
    }
    expect(rows[2]?.link).toMatch(/\?event=attorneys-general-2012$/);
    // A quote with a comma is quoted as one field.
    expect(text).toContain('"of heads of ministries and agencies responsible for emergency relief (September 28, 2011 in Dushanbe)"');
    await expect(page.getByRole('status').filter({ hasText: 'CSV of 3 meetings downloaded' })).toBeVisible();
    await expect(menuButton(page)).toBeFocused();
  });

  test('JSON: source, version, view link and the three meetings', async ({ page }) => {
    const { text, download } = await downloadByKeyboard(page, 'Download JSON', 2);
    expect(download.suggestedFilename()).toBe('sco-meetings-sco-2012-beijing-3.json');
    const json = JSON.parse(text) as {
      source: { title: string };
      dataset: { id: string; version: string };
      view: { link: string; filters: Record<string, unknown> };
      exportedCount: number;
      meetings: { id: string; city: string; start: string; end: string }[];
    };
    expect(json.source.title).toContain('Press Release');
    expect(json.dataset).toMatchObject({ id: 'sco-2012-beijing', version: '1.0.0' });
    expect(json.view.link).toContain('city=dushanbe');
    expect(json.view.filters).toEqual({ city: ['dushanbe'] });
    expect(json.exportedCount).toBe(3);
    expect(json.meetings).toHaveLength(3);
    expect(json.meetings.every((m) => m.city === 'Dushanbe')).toBe(true);
  });

  test('iCalendar: three all-day events with exclusive end dates', async ({ page }) => {
    const { text, download } = await downloadByKeyboard(page, 'Download calendar (.ics)', 3);
    expect(download.suggestedFilename()).toBe('sco-meetings-sco-2012-beijing-3.ics');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(3);
    const attorneys = events.find((e) => e.includes('UID:attorneys-general-2012@sco-2012-beijing.sco-timeline-explorer'));
    expect(attorneys).toContain('DTSTART;VALUE=DATE:20120605\r\n');
    expect(attorneys).toContain('DTEND;VALUE=DATE:20120607\r\n');
    expect(attorneys).toContain('LOCATION:Dushanbe\\, Tajikistan\r\n');
    const relief = events.find((e) => e.includes('UID:emergency-relief-2011@'));
    expect(relief).toContain('DTSTART;VALUE=DATE:20110928\r\n');
    expect(relief).toContain('DTEND;VALUE=DATE:20110929\r\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

test('Copy link copies the link of the view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await openApp(page, DUSHANBE);
  await openMenuByKeyboard(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL ?? ''}/?city=dushanbe`);
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(menuButton(page)).toBeFocused();
});

test('the menu follows the menu button pattern', async ({ page }) => {
  await openApp(page, DUSHANBE);
  const button = menuButton(page);
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Enter opens and focuses the first item; arrows wrap; Home and End jump.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem')).toHaveCount(14);
  await expect(item(page, 'Copy link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'Cite the dataset (CSL-JSON)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Copy link')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item(page, 'Cite the dataset (CSL-JSON)')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item(page, 'Copy link')).toBeFocused();
  // Type-ahead: the next item starting with the letter.
  await page.keyboard.press('d');
  await expect(item(page, 'Download CSV')).toBeFocused();
  await page.keyboard.press('d');
  await expect(item(page, 'Download JSON')).toBeFocused();
  await page.keyboard.press('p');
  await expect(item(page, 'Print report')).toBeFocused();

  // Escape closes and returns focus.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Space opens; Tab closes and moves on.
  await page.keyboard.press('Space');
  await expect(item(page, 'Copy link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).not.toBeFocused();

  // ArrowUp opens on the last item; a click outside closes.
  await button.focus();
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'Cite the dataset (CSL-JSON)')).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('menu')).toBeHidden();

  // A click toggles it.
  await button.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await button.click();
  await expect(page.getByRole('menu')).toBeHidden();
});

test('Print report prints a clean report of the view', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
  await openApp(page, `${DUSHANBE}&q=attorneys`);
  await openMenuByKeyboard(page);
  await page.keyboard.press('p');
  await expect(item(page, 'Print report')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  // On screen the report is not there.
  await expect(page.getByRole('heading', { name: 'Meetings in chronological order' })).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  const report = page.getByRole('article', { name: 'SCO Beijing summit, 6–7 June 2012' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('SCO Beijing summit, 6–7 June 2012');
  await expect(report.getByRole('heading', { name: 'Meetings in chronological order' })).toBeVisible();
  await expect(report).toContainText('City');
  await expect(report).toContainText('Dushanbe');
  await expect(report).toContainText('Search');
  await expect(report).toContainText('“attorneys”');
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(['Meeting of attorneys general']);
  await expect(report).toContainText('5–6 June 2012');
  await expect(report).toContainText('of attorneys general (June 5-6, 2012 in Dushanbe)');
  await expect(report).toContainText('/?city=dushanbe&q=attorneys');

  // Nothing else prints: no timeline, no controls.
  await expect(page.getByRole('group', { name: /^Timeline of \d+ meetings?/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeHidden();
  await expect(menuButton(page)).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(report).toBeHidden();
  await expect(page.getByRole('group', { name: /^Timeline of \d+ meetings?/ })).toBeVisible();
});

test('print emulation of a filtered view lists its three meetings in order', async ({ page }) => {
  await openApp(page, DUSHANBE);
  await page.emulateMedia({ media: 'print' });
  const report = page.getByRole('article', { name: 'SCO Beijing summit, 6–7 June 2012' });
  await expect(report.getByRole('heading', { level: 3 })).toHaveText([
    'Meeting of heads of emergency relief ministries and agencies',
    'Meeting of ministers for external economic and trade relations',
    'Meeting of attorneys general',
  ]);
  await expect(report).toContainText('3 of 15');
  await expect(page.getByRole('group', { name: /^Timeline of \d+ meetings?/ })).toBeHidden();
  await expect(menuButton(page)).toBeHidden();
});

test('print emulation without filters says so and lists linked decisions', async ({ page }) => {
  await openApp(page, '/');
  await page.emulateMedia({ media: 'print' });
  const report = page.getByRole('article', { name: 'SCO Beijing summit, 6–7 June 2012' });
  await expect(report).toContainText('No filters');
  await expect(report.getByRole('heading', { level: 3 })).toHaveCount(15);
  await expect(report.getByText('Decisions linked').first()).toBeVisible();
});

test('no axe violations with the menu open', async ({ page }) => {
  // axe scans the whole page, map and decision cards included.
  test.setTimeout(120_000);
  await openApp(page, DUSHANBE);
  await openMenuByKeyboard(page);
  await expectNoAxeViolations(page);
});

test('in dark mode the open menu keeps its contrast', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, DUSHANBE);
  await openMenuByKeyboard(page);
  await page.keyboard.press('ArrowDown');
  // The header only (where the menu opens): the whole page is scanned in light mode above.
  const results = await new AxeBuilder({ page }).include('header').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual([]);
});

test('on a phone the open menu stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openApp(page, DUSHANBE);
  await openMenuByKeyboard(page);
  const box = await page.getByRole('menu').boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  await expectNoHorizontalOverflow(page);
});
