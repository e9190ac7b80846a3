import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { generateDataset } from '../scripts/bench/synthetic-dataset';
import { manifestEntry } from '../scripts/gen-data';

// The cards and the source text are lazy chunks below the timeline: give them time on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const source = (page: Page) => page.getByRole('region', { name: 'Source text' });

test.describe('source text', () => {
  test('clicking a highlighted meeting selects it; Back undoes it', async ({ page }) => {
    await page.goto('/');
    const highlight = source(page).getByRole('button', { name: /^Meeting: Meeting of defence ministers/ });
    await expect(highlight).toContainText('of defense ministers (April 24, 2012 in Beijing)');
    await highlight.click();
    await expect(page).toHaveURL(/\?event=defence-ministers-2012$/);
    // It lands on the record: the meeting's detail panel comes into view.
    await expect(page.getByRole('heading', { level: 2, name: 'Meeting of defence ministers' })).toBeInViewport();
    await expect(highlight).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await expect(highlight).not.toHaveAttribute('aria-current', 'true');
  });

  test('highlights work from the keyboard: a decision, a delegation', async ({ page }) => {
    await page.goto('/');
    await source(page).getByRole('button', { name: /^Decision: Mid-Term Development Strategy approved/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?decision=mid-term-strategy$/);
    const card = page.getByRole('article', { name: 'Mid-Term Development Strategy approved' });
    await expect(card).toHaveAttribute('data-selected', 'true');
    await expect(card).toBeInViewport();
    await source(page).getByRole('button', { name: /^Participant: President N\. Nazarbayev \(Kazakhstan\)/ }).focus();
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/\?decision=mid-term-strategy&state=kazakhstan$/);
  });

  test('an organisation shows its representative; Escape closes only that', async ({ page }) => {
    await page.goto('/?event=defence-ministers-2012');
    const highlight = source(page).getByRole('button', { name: /^Participant: Commonwealth of Independent States/ });
    await highlight.click();
    await expect(highlight).toHaveAttribute('aria-expanded', 'true');
    const chooser = source(page).getByRole('group', { name: /^Records of the passage/ });
    await expect(chooser).toContainText('Represented by S. Lebedev (Sergei Lebedev)');
    await expect(chooser).toContainText('Nothing to select');
    await expect(chooser).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(highlight).toBeFocused();
    await expect(page).toHaveURL(/\?event=defence-ministers-2012$/);
  });

  test('a passage feeding two records offers both', async ({ page }) => {
    await page.goto('/');
    const passage = source(page).getByRole('button', { name: /^2 records: Decision: Afghanistan becomes an observer.*Status change: Turkey/ });
    // The passage wraps over two lines: activate it from the keyboard, as a click may land between them.
    await passage.focus();
    await page.keyboard.press('Enter');
    const chooser = source(page).getByRole('group', { name: /^Records of the passage/ });
    await chooser.getByRole('button', { name: 'Select Status change: Turkey becomes dialogue partner' }).click();
    await expect(page).toHaveURL(/\?state=turkey$/);
    await expect(chooser.getByText('Selected', { exact: true })).toBeVisible();
    await chooser.getByRole('button', { name: 'Select Decision: Afghanistan becomes an observer, Turkey a dialogue partner' }).click();
    await expect(page).toHaveURL(/\?decision=new-observer-and-dialogue-partner&state=turkey$/);
  });

  test('coverage: the summary and the sentences that feed none', async ({ page }) => {
    await page.goto('/');
    const toggle = source(page).getByRole('button', { name: 'Show coverage' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const summary = source(page).getByTestId('coverage-summary');
    await expect(summary).toHaveText(/^(\d+) of (\d+) sentences feed at least one record\.$/);
    const [fed, total] = ((await summary.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(fed).toBeLessThan(total ?? 0);
    await expect(source(page).getByText('Sentences that feed none (3):')).toBeVisible();
    await expect(source(page).getByText('(This sentence feeds 14 records.)')).toHaveCount(1);
    await toggle.click();
    await expect(summary).toBeHidden();
  });

  test('axe finds no violations with coverage shown and a passage open', async ({ page }) => {
    // A full-page scan of ~2,000 nodes can take a minute on a loaded two-core machine.
    test.slow();
    await page.goto('/?decision=security-documents&state=china');
    await source(page).getByRole('button', { name: 'Show coverage' }).click();
    await source(page).getByRole('button', { name: /^Participant: United Nations/ }).click();
    await expect(source(page).getByTestId('coverage-summary')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

// A text with more than 2,000 highlights: paragraphs far from the screen wait as plain text.
// Served by intercepting the manifest and the file, as in scale.spec.ts.
const LARGE_EVENTS = 3000;
const largeEntry = manifestEntry(LARGE_EVENTS, 1);
const largeDataset = generateDataset({ events: LARGE_EVENTS, seed: 1 });
const largeBody = JSON.stringify(largeDataset);

async function serveLarge(page: Page) {
  await page.route('**/data/datasets.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { datasets: unknown[] };
    await route.fulfill({ response, json: { ...manifest, datasets: [...manifest.datasets, largeEntry] } });
  });
  await page.route(`**/data/${largeEntry.file}`, (route) => route.fulfill({ contentType: 'application/json', body: largeBody }));
}

test.describe('source text of a large dataset', () => {
  test('far paragraphs wait as text; "In the source" draws and marks one first', async ({ page }) => {
    test.slow();
    const last = largeDataset.meetings.at(-1);
    const paragraphOf = (quote: string) => largeDataset.source.paragraphs.find((p) => p.text.includes(quote));
    const firstParagraph = paragraphOf(largeDataset.meetings[0]?.quote ?? '');
    const lastParagraph = paragraphOf(last?.quote ?? '');
    if (!last || !firstParagraph || !lastParagraph) throw new Error('meetings not in the generated text');
    await serveLarge(page);
    await page.goto(`/?dataset=${largeEntry.id}&event=${last.id}`);
    const region = source(page);
    const first = region.locator(`[data-paragraph-id="${firstParagraph.id}"]`);
    await first.scrollIntoViewIfNeeded();
    // Near the screen: highlights, usable from the keyboard.
    await expect(first.getByRole('button').first()).toBeVisible();
    const far = region.locator(`[data-paragraph-id="${lastParagraph.id}"]`);
    await expect(far).toHaveAttribute('data-hydrated', 'false');
    await expect(far.locator('[data-record-keys]')).toHaveCount(0);
    await expect(far).toContainText(last.quote);
    const drawn = await region.locator('[data-record-keys]').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(LARGE_EVENTS / 2);

    await page.getByRole('region', { name: last.title }).getByRole('button', { name: 'In the source' }).click();
    const marked = far.locator('mark[data-source-marked]');
    await expect(marked).toHaveText(new RegExp(`^Meeting: ${last.title} \\(selected\\)\\.\\s*${last.quote.replace(/[()]/g, '\\$&')}`));
    await expect(marked).toBeInViewport();
    await expect(far).toBeFocused();
    await expect(far).not.toHaveAttribute('data-hydrated');
    const highlight = far.getByRole('button', { name: new RegExp(`^Meeting: ${last.title} \\(selected\\)`) });
    await expect(highlight).toHaveAttribute('aria-current', 'true');

    // A filter change leaves the drawn text as it is.
    await page.getByRole('group', { name: 'City' }).getByRole('checkbox').first().click();
    await expect(page).toHaveURL(/city=/);
    await expect(marked).toBeInViewport();
    await expect(highlight).toHaveAttribute('aria-current', 'true');
  });
});

