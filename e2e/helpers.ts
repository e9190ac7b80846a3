import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The list that is the timeline's text alternative. */
export function meetingList(page: Page) {
  return page.getByRole('list', { name: 'Meetings', exact: true });
}

/**
 * Holds back the real dataset's response until the returned function is called, so a test
 * can look at the page while it is still loading.
 */
export async function holdDataset(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/sco-2012-beijing.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens a path and waits until the dataset is loaded and the explorer is drawn. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
}

/** Query parameters of the current URL, as an object. */
export function params(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Fails with the list of axe violations (rule id and the first target) when there are any. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ') ?? ''}`);
  expect(summary).toEqual([]);
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The URL's query parameters become exactly these (the URL is written just after a render). */
export async function expectParams(page: Page, expected: Record<string, string>) {
  await expect.poll(() => params(page)).toEqual(expected);
}
