import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, expectParams, meetingList, openApp } from './helpers';

function timeline(page: Page) {
  return page.getByRole('group', { name: /^Timeline of/ });
}

function mark(page: Page, name: RegExp | string) {
  return timeline(page).getByRole('button', { name });
}

function detail(page: Page) {
  return page.getByRole('region', { name: /./ }).filter({ has: page.locator('#detail-heading') });
}

test('clicking a meeting on the timeline shows its details and puts it in the URL', async ({ page }) => {
  await openApp(page);
  await mark(page, /^Meeting of defence ministers/).click();
  await expectParams(page, { event: 'defence-ministers-2012' });
  const panel = detail(page);
  await expect(panel.getByRole('heading', { name: 'Meeting of defence ministers' })).toBeVisible();
  await expect(panel).toContainText('Defence ministers');
  await expect(panel).toContainText('24 April 2012');
  await expect(panel).toContainText('Beijing');
  await expect(panel).toContainText('China');
  await expect(panel).toContainText('Security');
  await expect(panel).toContainText('of defense ministers (April 24, 2012 in Beijing)');
  await expect(meetingList(page).getByRole('button', { name: /Meeting of defence ministers/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expectNoAxeViolations(page);
});

test('Escape closes the detail panel', async ({ page }) => {
  await openApp(page, '/?event=audit-2012');
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of heads of supreme audit institutions');
  await page.keyboard.press('Escape');
  await expect(page.locator('#detail-heading')).toHaveCount(0);
  await expectParams(page, {});
});

test('filtering by the city Dushanbe shows exactly its three meetings', async ({ page }) => {
  await openApp(page);
  await page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: /Dushanbe/ }).check();
  const items = meetingList(page).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('emergency relief');
  await expect(items.nth(1)).toContainText('external economic and trade');
  await expect(items.nth(2)).toContainText('attorneys general');
  await expect(timeline(page).locator('[data-meeting-id]')).toHaveCount(3);
  await expectParams(page, { city: 'dushanbe' });
  await expect(page.getByRole('status').filter({ hasText: 'meetings shown' })).toHaveText('3 of 15 meetings shown');
  await expectNoAxeViolations(page);
});

test('a city and a ministry combine, and facet counts follow the other filters', async ({ page }) => {
  await openApp(page);
  const cities = page.getByRole('group', { name: 'City' });
  const ministries = page.getByRole('group', { name: 'Ministry or format' });
  await cities.getByRole('checkbox', { name: /Beijing/ }).check();
  await expect(cities.getByRole('checkbox', { name: 'Beijing (8)' })).toBeChecked();
  await expect(ministries.getByRole('checkbox', { name: 'Defence ministers (1)' })).toBeVisible();
  await expect(ministries.getByRole('checkbox', { name: 'Transport ministers (0)' })).toBeVisible();
  await ministries.getByRole('checkbox', { name: /Defence ministers/ }).check();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(1);
  await expectParams(page, { city: 'beijing', ministry: 'defence' });
  // The city facet still counts under the ministry filter alone.
  await expect(cities.getByRole('checkbox', { name: 'Shanghai (0)' })).toBeVisible();
  // Chips remove one filter; Clear all removes every one.
  await page.getByRole('button', { name: 'Remove filter: Defence ministers' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(8);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
  await expectParams(page, {});
});

test('searching “audit” finds the Shanghai meeting and highlights the match', async ({ page }) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('audit');
  const items = meetingList(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Shanghai');
  await expect(items.first().locator('mark').first()).toHaveText('audit');
  await expectParams(page, { q: 'audit' });
  // A typo still finds it. The summit matches too: its participants include the Shanghai
  // Cooperation Organization. Two items can only be the new results, never the one left
  // from "audit" (a count of one passed on that stale list before the search caught up).
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('Shanghia');
  await expectParams(page, { q: 'Shanghia' });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('supreme audit');
  await expect(items.nth(1)).toContainText('Beijing summit');
});

test('a deep link reopens the view; reload keeps it; Back and Forward step through selections', async ({ page }) => {
  await openApp(page, '/?event=security-councils-2012&city=beijing&group=city');
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of secretaries of security councils');
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByRole('combobox', { name: 'Lanes by' })).toHaveValue('city');
  await page.reload();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of secretaries of security councils');
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(8);

  await meetingList(page).getByRole('button', { name: /finance ministers/ }).click();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of finance ministers and central bank chairmen');
  await meetingList(page).getByRole('button', { name: /culture ministers/ }).click();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of culture ministers');
  // A step is in history once its address is written, up to 50 ms after the click (nuqs' rate
  // limit): a Back sooner than that (a test's, no reader's) would come before the step's entry.
  await expectParams(page, { event: 'culture-ministers-2012', city: 'beijing', group: 'city' });

  await page.goBack();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of finance ministers and central bank chairmen');
  await page.goBack();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of secretaries of security councils');
  await page.goForward();
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of finance ministers and central bank chairmen');
  await expectParams(page, { event: 'finance-central-banks-2012', city: 'beijing', group: 'city' });
});

test('the third meeting can be selected with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // Tab from the top of the page until a timeline mark has focus.
  let focusedIsMark = false;
  for (let i = 0; i < 80 && !focusedIsMark; i++) {
    await page.keyboard.press('Tab');
    focusedIsMark = await page.evaluate(() => document.activeElement?.matches('svg [data-meeting-id]') ?? false);
  }
  expect(focusedIsMark).toBe(true);
  await expect(page.locator('.timeline-mark:focus')).toHaveAttribute('data-meeting-id', 'emergency-relief-2011');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.timeline-mark:focus')).toHaveAttribute('data-meeting-id', 'transport-ministers-2011');
  await page.keyboard.press('Enter');
  await expectParams(page, { event: 'transport-ministers-2011' });
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of transport ministers');
  await page.keyboard.press('End');
  await expect(page.locator('.timeline-mark:focus')).toHaveAttribute('data-meeting-id', 'beijing-summit-2012');
  await page.keyboard.press('Home');
  await expect(page.locator('.timeline-mark:focus')).toHaveAttribute('data-meeting-id', 'emergency-relief-2011');
  await page.keyboard.press('Escape');
  await expectParams(page, {});
});

test('lanes group by city, country or category, and the choice is in the URL', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('city');
  await expectParams(page, { group: 'city' });
  // Four meetings share 23–25 April 2012; in the Beijing lane two overlap and must not share a row.
  const courts = await mark(page, /^Meeting of chairmen of supreme courts/).boundingBox();
  const defence = await mark(page, /^Meeting of defence ministers/).boundingBox();
  if (!courts || !defence) throw new Error('marks not drawn');
  const overlapY = Math.min(courts.y + courts.height, defence.y + defence.height) - Math.max(courts.y, defence.y);
  const overlapX = Math.min(courts.x + courts.width, defence.x + defence.width) - Math.max(courts.x, defence.x);
  expect(overlapX <= 0 || overlapY <= 0).toBe(true);
  await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('ministry');
  await expectParams(page, {});
});

test('zoom buttons zoom in and fit all, and the date range narrows the timeline', async ({ page }) => {
  await openApp(page);
  const before = await mark(page, /^Meeting of secretaries of security councils/).boundingBox();
  await page.getByRole('group', { name: 'Timeline zoom' }).getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('group', { name: 'Timeline zoom' }).getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await mark(page, /^Meeting of secretaries of security councils/).boundingBox();
  expect(zoomed?.x).not.toBeCloseTo(before?.x ?? 0, 0);
  await page.getByRole('group', { name: 'Timeline zoom' }).getByRole('button', { name: 'Fit all' }).click();
  await expect(page.getByRole('group', { name: 'Timeline zoom' }).getByRole('button', { name: 'Fit all' })).toBeDisabled();

  await page.getByLabel('From', { exact: true }).fill('2012-04-01');
  await page.getByLabel('To', { exact: true }).fill('2012-04-30');
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(6);
  await expectParams(page, { from: '2012-04-01', to: '2012-04-30' });
});

test('a malformed link opens with a polite notice and a working page', async ({ page }) => {
  const longQuery = 'x'.repeat(10_000);
  await openApp(
    page,
    `/?event=nope&city=paris,dushanbe&from=2012-13-45&group=sideways&q=${longQuery}&ministry=%3Cscript%3Ealert(1)%3C/script%3E`,
  );
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('no meeting called “nope”');
  await expect(notice).toContainText('no city called “paris”');
  await expect(notice).toContainText('“2012-13-45” is not a date');
  await expect(notice).toContainText('the search was cut to its first 200 characters');
  await expect(notice).toContainText('<script>alert(1)</script>');
  // What could be used, is: the Dushanbe filter stands.
  await expect(page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: /Dushanbe/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // The page still works.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
});

test('from after to is ignored with a notice', async ({ page }) => {
  await openApp(page, '/?from=2012-05-01&to=2012-04-01');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText('“from” is after “to”');
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(15);
});

test('display names work in links, matched case-insensitively', async ({ page }) => {
  await openApp(page, '/?city=St.%20Petersburg,DUSHANBE');
  await expect(meetingList(page).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
});

test('Copy link copies the current view and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/?city=dushanbe&event=nope');
  await page.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?city=dushanbe');
});

for (const width of [375, 1440]) {
  test(`the layout holds at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, '/?event=supreme-courts-2012');
    await expect(timeline(page)).toBeVisible();
    await expectNoHorizontalOverflow(page);
    const box = await timeline(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
  });
}

test('dark mode follows the system and stays accessible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, '/?event=beijing-summit-2012');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 21, 28)');
  await expectNoAxeViolations(page);
});
