import { expect, test } from '@playwright/test';
import { holdDataset, meetingList, openApp } from './helpers';

test('lists the 15 meetings in chronological order with dates, titles and cities', async ({ page }) => {
  await openApp(page);
  const items = meetingList(page).getByRole('listitem');
  await expect(items).toHaveCount(15);
  await expect(items.first()).toContainText('28 September 2011');
  await expect(items.first()).toContainText('emergency relief');
  await expect(items.first()).toContainText('Dushanbe');
  await expect(items.nth(6)).toContainText('23–24 April 2012');
  await expect(items.last()).toContainText('6–7 June 2012');
  await expect(items.last()).toContainText('Beijing summit');
  await expect(page.getByText('15 of 15 meetings shown')).toBeVisible();
});

test('says it is loading while the dataset is on its way', async ({ page }) => {
  const release = await holdDataset(page);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
  release();
  await expect(meetingList(page)).toBeVisible();
});

test('a dataset that fails validation shows the validator’s messages', async ({ page, request }) => {
  const good = (await (await request.get('/data/sco-2012-beijing.json')).json()) as {
    meetings: { start: string; end: string; cityId: string }[];
  };
  const meeting = good.meetings[0];
  if (!meeting) throw new Error('fixture has no meetings');
  meeting.end = '2011-01-01';
  meeting.cityId = 'paris';
  await page.route('**/data/sco-2012-beijing.json', (route) => route.fulfill({ json: good }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The dataset is not valid' })).toBeVisible();
  const problems = alert.getByRole('list', { name: 'Validation problems' });
  await expect(problems).toContainText('meetings[0].end: 2011-01-01 is before start 2011-09-28');
  await expect(problems).toContainText('meetings[0].cityId: unknown city "paris"');
});

test('in Russian, a dataset that fails validation says so in Russian', async ({ page, request }) => {
  const good = (await (await request.get('/data/sco-2012-beijing.json')).json()) as {
    meetings: { end: string; cityId: string }[];
  };
  good.meetings[0]!.cityId = 'paris';
  await page.route('**/data/sco-2012-beijing.json', (route) => route.fulfill({ json: good }));
  await page.goto('/?lang=ru');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Набор данных некорректен' })).toBeVisible();
  await expect(alert).toContainText('sco-2012-beijing.json — некорректный набор данных (1 проблема).');
  await expect(alert.getByRole('list', { name: 'Ошибки проверки' })).toHaveText('meetings[0].cityId: неизвестный город «paris»');
});

test('in Chinese, a dataset the server refuses says what it answered, in Chinese', async ({ page }) => {
  await page.route('**/data/sco-2012-beijing.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('/?lang=zh');
  await expect(page.getByRole('alert')).toContainText('无法加载 sco-2012-beijing.json：服务器返回 503。');
});

test('a failed fetch names the failure, and Retry recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/sco-2012-beijing.json', (route) => (fail ? route.abort('failed') : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
  await expect(alert).toContainText('sco-2012-beijing.json');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
});

test('a server error on the manifest also offers Retry', async ({ page }) => {
  let fail = true;
  await page.route('**/data/datasets.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('the server answered 503');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
});

test.describe('before any script has run', () => {
  test.use({ javaScriptEnabled: false });

  // (The <noscript> note cannot be checked here: disabling scripts in the browser under test
  // does not make its parser show <noscript> content.)
  test('the page already says what it is doing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
  });
});

test('the page logs no errors while it loads and draws', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page, '/?event=beijing-summit-2012');
  await expect(page.locator('#detail-heading')).toBeVisible();
  await page.getByRole('heading', { name: 'Source text' }).scrollIntoViewIfNeeded();
  expect(errors).toEqual([]);
});

test('the real dataset does not load the canvas timeline', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('CanvasLanes'))).toEqual([]);
});

test('the manifest is asked for with the page, before its script runs, and only once', async ({ page }) => {
  const manifestRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/datasets.json')) manifestRequests.push(request.url());
  });
  await openApp(page);
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/data/datasets.json'))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  // 'link': the preload in index.html; the app's fetch() took its response.
  expect(initiators).toEqual(['link']);
  expect(manifestRequests).toHaveLength(1);
});

test('the sections below the first screen are rendered once scrolled to, and not before', async ({ page }) => {
  await openApp(page);
  const source = page.locator('section[aria-labelledby="source-heading"]');
  await expect(source).toBeAttached();
  // checkVisibility says false for content the browser skips (`content-visibility: auto`).
  const rendered = () =>
    source.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  await expect.poll(rendered).toBe(false);
  const heading = page.getByRole('heading', { name: 'Source text', level: 2 });
  // Scrolled to until it is rendered: a section above it that finishes loading meanwhile (the
  // map's shapes) may push it back below the screen.
  await expect
    .poll(async () => {
      await heading.scrollIntoViewIfNeeded();
      return rendered();
    })
    .toBe(true);
  await expect(heading).toBeInViewport();
});
