/**
 * Dropped connections and lazy chunks: each part that cannot load says so, and heals when
 * the connection returns or on Try again, without a reload. The service worker is blocked
 * here (as in every spec but offline-app.spec.ts), so the network is what page.route says.
 */
import { expect, test, type Page } from '@playwright/test';
import { meetingList, openApp } from './helpers';

const OFFLINE = 'You are offline — this part will load when you reconnect.';

/** A built chunk's requests, with or without a query (a retry may add `?retry=N`). */
const chunkOf = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js(\\?.*)?$`);

async function comeBack(page: Page, chunks: string | RegExp) {
  await page.unroute(chunks);
  await page.context().setOffline(false);
}

test('search: offline before its chunk, then back online, it works without a reload', async ({ page }) => {
  const chunk = chunkOf('search-index');
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await openApp(page);
  await page.context().setOffline(true);
  let loads = 0;
  page.on('load', () => loads++);
  await page.getByRole('searchbox').fill('audit');
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible();
  await comeBack(page, chunk);
  await expect(page.getByText('1 of 15 meetings shown')).toBeVisible();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(1);
  await expect(meetingList(page)).toContainText('audit');
  expect(loads).toBe(0);
});

test('meeting details: Try again after a failed chunk loads them, once online', async ({ page }) => {
  const chunk = chunkOf('MeetingDetail');
  await page.route(chunk, (route) => route.abort('failed'));
  await openApp(page);
  await meetingList(page).getByRole('button').first().click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be shown' });
  await expect(alert).toContainText('The meeting’s details could not be shown.');
  await page.unroute(chunk);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
});

test('meeting details: offline they say so, and load by themselves on reconnect', async ({ page }) => {
  const chunk = chunkOf('MeetingDetail');
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await openApp(page);
  await page.context().setOffline(true);
  await meetingList(page).getByRole('button').first().click();
  await expect(page.getByRole('alert').filter({ hasText: OFFLINE }).first()).toBeVisible();
  await comeBack(page, chunk);
  await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
});

test('map: offline the shapes say they will load, and do on reconnect', async ({ page }) => {
  // The shapes are asked for once the browser is offline, and fail as they would then.
  const atlas = '**/assets/countries-110m-*.json';
  let wentOffline: () => void = () => undefined;
  const offline = new Promise<void>((resolve) => (wentOffline = resolve));
  await page.route(atlas, async (route) => {
    await offline;
    await route.abort('internetdisconnected');
  });
  await openApp(page);
  await page.context().setOffline(true);
  wentOffline();
  const participants = page.getByRole('region', { name: 'Participants', exact: true });
  await participants.scrollIntoViewIfNeeded();
  await expect(participants.getByRole('alert')).toHaveText(new RegExp(OFFLINE));
  await expect(participants.getByText('Loading the map…')).toHaveCount(0);
  await comeBack(page, atlas);
  await expect(page.getByRole('group', { name: 'Map of the participating states and the meeting cities' })).toBeVisible();
});

test('Retry after a broken manifest asks the fixed manifest, and the file it names', async ({ page }) => {
  let broken = true;
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) asked.push(new URL(request.url()).pathname);
  });
  await page.route('**/data/datasets.json', async (route) => {
    if (!broken) return route.continue();
    const manifest = (await (await route.fetch()).json()) as { datasets: { file: string }[] };
    manifest.datasets[0]!.file = 'sco-2012-beijing-old.json';
    return route.fulfill({ json: manifest });
  });
  await page.route('**/data/sco-2012-beijing-old.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('sco-2012-beijing-old.json');
  broken = false;
  const before = asked.length;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
  expect(asked.slice(before)).toEqual(['/data/datasets.json', '/data/sco-2012-beijing.json']);
});

test('a chunk gone with a new release reloads the page once, to the new version', async ({ page }) => {
  // The old build's chunk is gone (404) until the page is loaded again, as after a deployment.
  let navigations = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest()) navigations++;
  });
  // The old build's server answers only after the click, so the reload the 404 brings (from
  // the idle preload or from the click) comes after the reader's selection, which it keeps.
  let clicked = () => {};
  const click = new Promise<void>((resolve) => (clicked = resolve));
  await page.route(chunkOf('MeetingDetail'), async (route) => {
    if (navigations >= 2) return route.continue();
    await click;
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await openApp(page);
  await meetingList(page).getByRole('button').first().click();
  clicked();
  await expect.poll(() => navigations).toBe(2);
  await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('event')).toBe('emergency-relief-2011');
});

test('a chunk still missing after that reload does not reload the page again', async ({ page }) => {
  let loads = 0;
  page.on('load', () => loads++);
  await page.route(chunkOf('MeetingDetail'), (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openApp(page, '/?event=emergency-relief-2011');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be shown' })).toBeVisible();
  await expect.poll(() => loads).toBe(2);
  await page.waitForTimeout(1000);
  expect(loads).toBe(2);
});
