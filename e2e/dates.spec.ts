import { expect, test } from '@playwright/test';
import { meetingList, openApp } from './helpers';

// Tagged @dates: the config runs these in UTC, America/Los_Angeles and Asia/Tokyo.
test('calendar dates read the same in every time zone @dates', async ({ page }) => {
  await openApp(page, '/?event=emergency-relief-2011');
  await expect(meetingList(page).getByRole('listitem').first()).toContainText('28 September 2011');
  await expect(page.locator('#detail-heading')).toHaveText('Meeting of heads of emergency relief ministries and agencies');
  await expect(page.getByRole('region').filter({ has: page.locator('#detail-heading') })).toContainText(
    '28 September 2011',
  );
  const markName = await page.locator('svg [data-meeting-id="supreme-courts-2012"]').getAttribute('aria-label');
  expect(markName).toContain('23–25 April 2012');
});

test('a date range filter is inclusive of its calendar days @dates', async ({ page }) => {
  await openApp(page, '/?from=2011-09-28&to=2011-09-28');
  const items = meetingList(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('28 September 2011');
  await openApp(page, '/?from=2012-06-07');
  await expect(items).toHaveCount(2);
});

test('the timeline axis starts in September 2011 and ends in June 2012 @dates', async ({ page }) => {
  await openApp(page);
  const labels = await page.locator('svg[role="group"] text').allTextContents();
  expect(labels).toContain('Oct');
  expect(labels).toContain('2012');
  expect(labels).toContain('Jun');
  expect(labels).not.toContain('Jul');
});
