import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';

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
