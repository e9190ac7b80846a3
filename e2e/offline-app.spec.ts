/**
 * The installed app: the service worker precaches the app, its chunks, the bundled data and
 * the map, so after one visit it opens with no network, deep links included; a new release
 * waits for the reader's Reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetingList } from './helpers';
import { serveStatic, type StaticServer } from './static-server';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed (its precache is complete) and is active. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

/** Opens the map region and waits for its shapes. */
async function expectMap(page: Page) {
  const map = page.getByRole('group', { name: 'Map of the participating states and the meeting cities' });
  await map.scrollIntoViewIfNeeded();
  await expect(map).toBeVisible();
  await expect(map.getByRole('button', { name: /^Dushanbe, Tajikistan: \d+ meetings?$/ })).toBeVisible();
  expect(await map.locator('path').count()).toBeGreaterThan(20);
}

async function openOfflineDeepLink(page: Page, root: string) {
  await page.goto(root);
  await expect(meetingList(page)).toBeVisible();
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.reload();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
  // A deep link never opened before, with a query string of any kind.
  await page.goto(`${root}?event=defence-ministers-2012&city=beijing&utm_source=mail&x=1`);
  await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
  await expect(meetingList(page).getByRole('listitem')).not.toHaveCount(15);
  await expectMap(page);
  // Search and the other lazy parts come from the precache as well.
  await page.getByRole('searchbox').fill('defence');
  await expect(page.getByText(/^1 of 15 meetings shown$/)).toBeVisible();
}

test('after one visit, the app and a deep link open with no network, map included', async ({ page }) => {
  await openOfflineDeepLink(page, '/');
});

test('the service worker installs once the reader pauses, not while they click', async ({ page }) => {
  await page.goto('/');
  await expect(meetingList(page)).toBeVisible();
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  // A reader at work: a click every second for five seconds, and no install meanwhile.
  const city = page.getByRole('group', { name: 'City' }).getByRole('checkbox').first();
  for (let second = 0; second < 5; second++) {
    await city.click();
    expect(await registered()).toBe(false);
    await page.waitForTimeout(1000);
  }
  // A pause: it installs.
  await expect.poll(registered, { timeout: 10_000 }).toBe(true);
  await waitForServiceWorker(page);
});

test.describe('built under a sub-path (BASE=/sub/path/)', () => {
  // One build for both tests, in one worker.
  test.describe.configure({ mode: 'serial' });
  const BASE = '/sub/path/';
  let folder = '';
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    folder = mkdtempSync(join(tmpdir(), 'sco-sub-path-'));
    // The current source, built as it would be for a sub-path.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', folder], {
      env: { ...process.env, BASE },
      stdio: 'inherit',
    });
    server = await serveStatic(folder, BASE);
  });
  test.afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('after one visit, a deep link under the sub-path opens offline, map included', async ({ page }) => {
    await openOfflineDeepLink(page, server.url);
    expect(new URL(page.url()).pathname).toBe(BASE);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
      return link ? ((await (await fetch(link.href)).json()) as { start_url: string; icons: { src: string }[] }) : null;
    });
    expect(manifest?.start_url).toBe('./');
    // Icons relative to the manifest, so under the sub-path (and precached: we are offline).
    for (const icon of manifest?.icons ?? []) {
      expect(await page.evaluate(async (src) => (await fetch(new URL(src, `${location.origin}/sub/path/`))).status, icon.src)).toBe(200);
    }
  });

  test('a new release is offered, "A new version is available — Reload", and waits for the reader', async ({
    page,
  }) => {
    await page.goto(server.url);
    await expect(meetingList(page)).toBeVisible();
    await waitForServiceWorker(page);
    // A second visit: the service worker controls the page now.
    await page.reload();
    await expect(meetingList(page)).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await waitForServiceWorker(page);
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    // A new release: the service worker's script changes (as every build's precache list does).
    server.release();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status', { name: 'Update' });
    await expect(prompt).toContainText('A new version is available');
    await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Nothing reloads by itself while someone reads.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await expect(meetingList(page)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    await expect(page.getByRole('status', { name: 'Update' })).toHaveCount(0);
  });
});
