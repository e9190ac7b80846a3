/**
 * Layout with scrollbars that take room, as on most desktops. Headless Chromium hides them by
 * default; this file shows them (a launch option, so the whole file runs in its own worker).
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { holdDataset, meetingList } from './helpers';

test.use({
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] },
});

test('the page keeps its width when the explorer replaces the short loading page', async ({ page }) => {
  const release = await holdDataset(page);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
  // The body's width: the root's clientWidth does not count a gutter kept for a scrollbar.
  const pageWidth = () => page.evaluate(() => document.body.getBoundingClientRect().width);
  const whileLoading = await pageWidth();
  release();
  await expect(meetingList(page)).toBeVisible();
  // The loaded page is taller than the window: its scrollbar takes the room kept for it.
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
  expect(await pageWidth()).toBe(whileLoading);
});
