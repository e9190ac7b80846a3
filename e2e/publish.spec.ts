/**
 * Ready for publication: the share menu's groups, and every new file downloaded from it with
 * a filter on and checked (pictures, annotations, geography, citations). With SHOTS_DIR set,
 * the pictures are also saved there to be looked at.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { manifestEntry } from '../scripts/gen-data';
import { generateDataset } from '../scripts/bench/synthetic-dataset';
import { expectNoAxeViolations } from './helpers';

const DUSHANBE = '/?city=dushanbe';
const DATASET_FILE = 'public/data/sco-2012-beijing.json';
const SOURCE_FILE = 'public/data/sco-2012-beijing-press-release.txt';

test.describe.configure({ timeout: 90_000 });

async function openApp(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('list', { name: 'Meetings', exact: true })).toBeVisible({ timeout: 15_000 });
}

const menuButton = (page: Page) => page.getByRole('button', { name: 'Share and export' });
const item = (page: Page, name: string) => page.getByRole('menu').getByRole('menuitem', { name });

/** Clicks a menu item and returns the download's name and bytes (saved to SHOTS_DIR when set). */
async function download(page: Page, name: string, shotName?: string) {
  await menuButton(page).click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), item(page, name).click()]);
  const path = await file.path();
  if (shotName && process.env.SHOTS_DIR) {
    await mkdir(process.env.SHOTS_DIR, { recursive: true });
    await copyFile(path, join(process.env.SHOTS_DIR, shotName));
  }
  const bytes = await readFile(path);
  return { filename: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const expectedHash = async () => createHash('sha256').update(await readFile(DATASET_FILE)).digest('hex').slice(0, 12);

/** The SVG parsed by the browser: its texts, and whether it parsed. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      ok: !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg',
      width: Number(doc.documentElement.getAttribute('width')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      link: doc.querySelector('a')?.getAttribute('href') ?? null,
      images: doc.querySelectorAll('image').length,
    };
  }, text);
}

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the menu groups its items under Link, Data, Pictures and Citation; the keyboard runs across them', async ({ page }) => {
  await openApp(page, DUSHANBE);
  await menuButton(page).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  for (const [group, items] of [
    ['Link', ['Copy link']],
    ['Data', ['Download CSV', 'Download JSON', 'Download calendar (.ics)', 'Cities (GeoJSON)', 'States and roles (CSV)', 'Web Annotations (JSON-LD)']],
    ['Pictures', ['Timeline as SVG', 'Timeline as PNG', 'Map as SVG', 'Map as PNG', 'Print report']],
    ['Citation', ['Cite the dataset (RIS)', 'Cite the dataset (CSL-JSON)']],
  ] as const) {
    const region = menu.getByRole('group', { name: group });
    await expect(region.getByText(group, { exact: true })).toBeVisible();
    await expect(region.getByRole('menuitem')).toHaveText([...items]);
  }
  await expect(item(page, 'Copy link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Download CSV')).toBeFocused();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Timeline as SVG')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item(page, 'Cite the dataset (CSL-JSON)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Copy link')).toBeFocused();
  await page.keyboard.press('w');
  await expect(item(page, 'Web Annotations (JSON-LD)')).toBeFocused();
  // The version and the dataset file's content hash, beside each other.
  await expect(page.getByText(`Dataset 1.0.0 · content hash ${await expectedHash()}`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('files of a filtered view', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, DUSHANBE);
    await expect(page.getByText('3 of 15 meetings shown')).toBeVisible();
  });

  test('Cities (GeoJSON): one Point, Dushanbe, with its three meetings', async ({ page }) => {
    const { filename, text } = await download(page, 'Cities (GeoJSON)');
    expect(filename).toBe('sco-cities-sco-2012-beijing-3.geojson');
    const geojson = JSON.parse(text) as { type: string; features: { geometry: { type: string; coordinates: number[] }; properties: object }[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(1);
    expect(geojson.features[0]?.geometry.type).toBe('Point');
    expect(geojson.features[0]?.geometry.coordinates[0]).toBeCloseTo(68.8, 0);
    expect(geojson.features[0]?.properties).toEqual({ name: 'Dushanbe', country: 'Tajikistan', meetings: 3 });
  });

  test('States and roles (CSV): each state, its roles before and after, its head and quotes', async ({ page }) => {
    const { filename, text } = await download(page, 'States and roles (CSV)');
    expect(filename).toBe('sco-states-roles-sco-2012-beijing.csv');
    const rows = csvParse(text.slice(1));
    expect(rows.find((r) => r.state_id === 'afghanistan')).toMatchObject({ role_before: 'guest', role_after: 'observer' });
    expect(rows.find((r) => r.state_id === 'china')?.head_of_delegation).toBe('Hu Jintao');
    expect(rows.every((r) => r.dataset_version === '1.0.0')).toBe(true);
  });

  test('Web Annotations (JSON-LD): every selector matches the characters of the file as served', async ({ page, baseURL }) => {
    const { filename, text } = await download(page, 'Web Annotations (JSON-LD)');
    const collection = JSON.parse(text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: { id: string; body: { value?: string }[]; target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] } }[] };
    };
    expect(filename).toBe(`sco-annotations-sco-2012-beijing-${collection.total}.jsonld`);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const served = await (await page.request.get(`${baseURL}/data/sco-2012-beijing-press-release.txt`)).text();
    expect(served).toBe(await readFile(SOURCE_FILE, 'utf8'));
    const characters = Array.from(served);
    for (const annotation of collection.first.items) {
      const [quote, position] = annotation.target.selector;
      expect(annotation.target.source).toBe(`${baseURL}/data/sco-2012-beijing-press-release.txt`);
      expect(characters.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    // The view's three meetings, not the fifteen.
    expect(collection.first.items.filter((a) => a.body[1]?.value === 'meeting')).toHaveLength(3);
    await expect(page.getByRole('status').filter({ hasText: `${collection.total} Web Annotations downloaded` })).toBeVisible();
  });

  test('Citations of the dataset: RIS from TY to ER and CSL-JSON, with the link, version and content hash', async ({ page }) => {
    const hash = await expectedHash();
    const ris = await download(page, 'Cite the dataset (RIS)');
    expect(ris.filename).toBe('sco-2012-beijing.ris');
    expect(ris.text).toMatch(/^TY {2}- DATA\r\n/);
    expect(ris.text).toMatch(/\r\nER {2}- \r\n$/);
    expect(ris.text).toContain('ET  - 1.0.0\r\n');
    expect(ris.text).toContain(`content hash ${hash}`);
    expect(ris.text).toMatch(/UR {2}- http:\/\/127\.0\.0\.1:\d+\/\r\n/);
    const csl = await download(page, 'Cite the dataset (CSL-JSON)');
    expect(csl.filename).toBe('sco-2012-beijing.csl.json');
    const [entry] = JSON.parse(csl.text) as { id: string; type: string; version: string; note: string }[];
    expect(entry).toMatchObject({ id: 'sco2012beijing-dataset', type: 'dataset', version: '1.0.0' });
    expect(entry?.note).toContain(hash);
  });

  test('Timeline as SVG and PNG: the view with its title, filters, legend, source and link', async ({ page }) => {
    const svg = await download(page, 'Timeline as SVG', 'timeline-dushanbe.svg');
    expect(svg.filename).toBe('sco-timeline-sco-2012-beijing-3.svg');
    expect(svg.text).not.toContain('var(--');
    const parsed = await parseSvg(page, svg.text);
    expect(parsed.ok).toBe(true);
    expect(parsed.texts).toEqual(
      expect.arrayContaining([
        'Timeline of 3 meetings',
        'Filters: City: Dushanbe',
        'Lanes: by ministry or format',
        'Summit (★)',
        expect.stringContaining('Source: Press Release'),
        expect.stringContaining(`dataset 1.0.0, content hash ${await expectedHash()}`),
      ]),
    );
    expect(parsed.link).toMatch(/\?city=dushanbe$/);
    const png = await download(page, 'Timeline as PNG', 'timeline-dushanbe.png');
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.width).toBe(parsed.width * 2);
  });

  test('Map as SVG and PNG, roles before the summit', async ({ page }) => {
    await openApp(page, `${DUSHANBE}&roles=before&state=afghanistan`);
    await page.getByRole('heading', { name: 'Participants', exact: true }).scrollIntoViewIfNeeded();
    await expect(page.locator('svg[data-picture="map"]')).toBeVisible({ timeout: 15_000 });
    const svg = await download(page, 'Map as SVG', 'map-before.svg');
    const parsed = await parseSvg(page, svg.text);
    expect(parsed.ok).toBe(true);
    expect(parsed.texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Participants by SCO role before the summit'),
        'Roles: as they stood before the summit’s decisions',
        'Selected state: Afghanistan',
        'member',
        'AFG',
        'Dushanbe',
      ]),
    );
    expect(svg.text).not.toContain('var(--');
    const png = await download(page, 'Map as PNG', 'map-before.png');
    expect(pngSize(png.bytes).width).toBe(parsed.width * 2);
  });
});

test('a picture is in the light theme whatever the page’s theme', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await openApp(page, DUSHANBE);
  const svg = await download(page, 'Timeline as SVG', 'timeline-from-dark-page.svg');
  // Light ink (#1c2430) on the legend's words and the lanes; none of the dark theme's (#e8ebf0).
  expect(svg.text).toContain('rgb(28, 36, 48)');
  expect(svg.text).not.toContain('rgb(232, 235, 240)');
  // The page itself is still dark.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 21, 28)');
  await page.close();
});

test('a large dataset’s timeline picture holds the canvas as a bitmap under the text', async ({ page }) => {
  const events = 600;
  const entry = manifestEntry(events, 1);
  await page.route('**/data/datasets.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { datasets: unknown[] };
    await route.fulfill({ response, json: { ...manifest, datasets: [...manifest.datasets, entry] } });
  });
  await page.route(`**/data/${entry.file}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(generateDataset({ events, seed: 1 })) }),
  );
  await openApp(page, `/?dataset=${entry.id}`);
  const svg = await download(page, 'Timeline as SVG', 'timeline-large.svg');
  const parsed = await parseSvg(page, svg.text);
  expect(parsed.ok).toBe(true);
  expect(parsed.images).toBe(1);
  expect(parsed.texts).toContain(`Timeline of ${events} meetings`);
  await download(page, 'Timeline as PNG', 'timeline-large.png');
});
