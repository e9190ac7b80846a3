/**
 * Links and data written to break the page: thousands of values, enormous words, years out
 * of reach, repeated parameters. The page stays usable and says what it ignored, briefly.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, meetingList, openApp } from './helpers';

const noticeBox = (page: Page) => page.getByRole('status', { name: 'Link notice' });

test('a link with 3,000 values gives a notice of a few lines, and the timeline stays near the top', async ({ page }) => {
  // 3,000 different values (short ones: a server refuses a query string of much more than 16 kB).
  const ministries = Array.from({ length: 3000 }, (_, i) => `m${i.toString(36)}`).join(',');
  await openApp(page, `/?ministry=${ministries}`);
  const notice = noticeBox(page);
  await expect(notice).toContainText('no ministry or meeting format called “m4” here');
  await expect(notice).not.toContainText('“m5”');
  await expect(notice).toContainText('and 2,995 more values that name nothing here');
  await expect(notice.getByRole('listitem')).toHaveCount(6);
  expect((await notice.boundingBox())!.height).toBeLessThan(250);
  const timeline = page.getByRole('group', { name: /^Timeline of/ });
  expect((await timeline.boundingBox())!.y).toBeLessThan(700);
});

test('the same value 3,000 times, and 1,000 cities, are named once and five times', async ({ page }) => {
  const cities = Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',');
  await openApp(page, `/?ministry=${Array(3000).fill('x').join(',')}&city=${cities}`);
  const notice = noticeBox(page);
  await expect(notice).toContainText('no ministry or meeting format called “x” here');
  await expect(notice).toContainText('no city called “c4” here');
  await expect(notice).toContainText('and 995 more values that name nothing here');
  await expect(notice.getByRole('listitem')).toHaveCount(7);
});

test('a 10,000-character dataset name is cut short in its notice', async ({ page }) => {
  await openApp(page, `/?dataset=${'d'.repeat(10_000)}`);
  const notice = noticeBox(page);
  await expect(notice).toContainText(`no dataset called “${'d'.repeat(59)}…”: showing the default`);
  expect((await notice.textContent())!.length).toBeLessThan(400);
});

test('a year before 1000 is refused with a notice, like any malformed date @dates', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    // The page's own warnings; Playwright says so itself when it blocks the service worker.
    if (message.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await openApp(page, '/?from=0000-01-01');
  await expect(noticeBox(page)).toContainText('“0000-01-01” is out of range (years 1000 to 9999)');
  await expect(page.getByRole('button', { name: /Remove filter: From/ })).toHaveCount(0);
  await expect(page.getByText('15 of 15 meetings shown')).toBeVisible();
  expect(warnings).toEqual([]);
});

test('repeated parameters are merged like a comma list, and a bad one among them is named', async ({ page }) => {
  await openApp(page, '/?city=beijing&city=moscow');
  await expect(page.getByRole('button', { name: 'Remove filter: Beijing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter: Moscow' })).toBeVisible();
  await expect(noticeBox(page)).toHaveCount(0);

  await openApp(page, '/?city=beijing&city=nope');
  await expect(page.getByRole('button', { name: 'Remove filter: Beijing' })).toBeVisible();
  await expect(noticeBox(page)).toContainText('no city called “nope” here');
  // The next change writes one comma list.
  await page.getByRole('button', { name: 'Remove filter: Beijing' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test.describe('a dataset with a 10,000-character title, meeting title and city name', () => {
  const word = (letter: string) => letter.repeat(10_000);

  test.beforeEach(async ({ page, request }) => {
    const dataset = (await (await request.get('/data/sco-2012-beijing.json')).json()) as {
      title: string;
      meetings: { title: string }[];
      reference: { cities: { id: string; name: string }[] };
    };
    dataset.title = word('T');
    dataset.meetings[0]!.title = word('M');
    const city = dataset.reference.cities.find((c) => c.id === 'dushanbe')!;
    city.name = word('C');
    await page.route('**/data/sco-2012-beijing.json', (route) => route.fulfill({ json: dataset }));
  });

  for (const width of [320, 360, 768, 1440, 1680]) {
    test(`does not widen the page at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, '/?event=emergency-relief-2011&city=dushanbe');
      await expect(meetingList(page)).toContainText('MMMM');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('TTTT');
      // Every section drawn, the details of the long-named meeting open.
      await page.getByRole('heading', { name: /Decisions/ }).first().scrollIntoViewIfNeeded();
      await expect(page.getByRole('heading', { name: /^M+$/ }).last()).toBeVisible();
      await expectNoHorizontalOverflow(page);
    });
  }
});
