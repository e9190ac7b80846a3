import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';

// The cards and the source text are lazy chunks below the timeline: give them time on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const SECURITY_DOCUMENTS = 'Response regulation and 2013–2015 counter-terrorism programme approved';

const decisionsRegion = (page: Page) => page.getByRole('region', { name: /^Decisions/ });
const card = (page: Page, title: string) => decisionsRegion(page).getByRole('article', { name: title });

test.describe('decision cards', () => {
  test('a deep link shows its card selected, in view, with the meetings that fed it', async ({ page }) => {
    await page.goto('/?decision=security-documents');
    const selected = card(page, SECURITY_DOCUMENTS);
    await expect(selected).toBeVisible();
    await expect(selected).toBeInViewport();
    await expect(selected.getByText('Selected', { exact: true })).toBeVisible();
    await expect(selected.getByRole('button', { name: SECURITY_DOCUMENTS })).toHaveAttribute('aria-pressed', 'true');
    const links = selected.getByRole('list', { name: 'Meetings that fed it' }).getByRole('button');
    await expect(links).toHaveCount(2);
    await expect(links.first()).toContainText('Meeting of secretaries of security councils');
    await expect(links.first()).toContainText('editorial link');
    // The meetings are in the meetings list too, ready to be selected.
    await expect(page.getByRole('list', { name: 'Meetings', exact: true })).toContainText('Meeting of secretaries of security councils');
    await expect(decisionsRegion(page).getByRole('article')).toHaveCount(32);
  });

  test('the timeline marks the meetings linked to the selected decision', async ({ page }) => {
    await page.goto('/?decision=security-documents');
    await expect(card(page, SECURITY_DOCUMENTS)).toBeVisible();
    // Drawn by the timeline (integration outside the decision cards).
    await expect(page.locator('[data-meeting-id="security-councils-2012"][data-linked="true"]').first()).toBeVisible();
  });

  test('a card leads to a meeting, and Back returns to the decision', async ({ page }) => {
    await page.goto('/?decision=security-documents');
    await card(page, SECURITY_DOCUMENTS).getByRole('button', { name: /Meeting of secretaries of security councils/ }).click();
    await expect(page).toHaveURL(/\?event=security-councils-2012&decision=security-documents$/);
    const detail = page.getByRole('heading', { level: 2, name: 'Meeting of secretaries of security councils' });
    await expect(detail).toBeVisible();
    await expect(card(page, SECURITY_DOCUMENTS).getByText('Linked to the selected meeting')).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?decision=security-documents$/);
    await expect(detail).toBeHidden();
    await expect(card(page, SECURITY_DOCUMENTS).getByText('Selected', { exact: true })).toBeVisible();
  });

  test('a selected meeting marks the cards it fed and can narrow the cards to them', async ({ page }) => {
    await page.goto('/?event=security-councils-2012');
    await expect(decisionsRegion(page).getByText('3 cards link to the selected meeting')).toBeVisible();
    await expect(decisionsRegion(page).getByText('Linked to the selected meeting')).toHaveCount(3);
    await decisionsRegion(page).getByLabel('Only cards linked to Meeting of secretaries of security councils').check();
    await expect(decisionsRegion(page).getByRole('article')).toHaveCount(3);
    await expect(decisionsRegion(page).getByRole('status')).toHaveText('Showing 3 of 32 decisions.');
  });

  test('the title selects a card; Escape and Deselect clear it', async ({ page }) => {
    await page.goto('/');
    const title = 'Iranian nuclear programme: political and diplomatic means only';
    await card(page, title).getByRole('button', { name: title }).click();
    await expect(page).toHaveURL(/\?decision=iran-nuclear-programme$/);
    await expect(card(page, title)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/decision=/);
    await expect(card(page, title)).toHaveAttribute('data-selected', 'false');

    await card(page, title).getByRole('button', { name: title }).click();
    await card(page, title).getByRole('button', { name: 'Deselect' }).click();
    await expect(page).not.toHaveURL(/decision=/);
  });

  test('the area filter: ?area=personnel shows exactly the two appointments', async ({ page }) => {
    await page.goto('/?area=personnel');
    const cards = decisionsRegion(page).getByRole('article');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText('D. Mezentsev');
    await expect(cards.nth(0)).toContainText('Dmitry Mezentsev');
    await expect(cards.nth(0)).toContainText('Term: 1 January 2013 – 31 December 2015');
    await expect(cards.nth(1)).toContainText('Zhang Sinfena');
    const areas = decisionsRegion(page).getByRole('group', { name: 'Decision areas' });
    await expect(areas.getByRole('checkbox', { name: /Personnel/ })).toBeChecked();

    await areas.getByRole('checkbox', { name: /Security/ }).check();
    await expect(page).toHaveURL(/\?area=security,personnel$/);
    await expect(cards).toHaveCount(8);
    await expect(decisionsRegion(page).getByRole('heading', { level: 3, name: 'Security (6)' })).toBeVisible();

    await areas.getByRole('button', { name: /All areas/ }).click();
    await expect(page).not.toHaveURL(/area=/);
    await expect(cards).toHaveCount(32);
  });

  test('"In the source" scrolls to the sentence, marks it and moves focus there', async ({ page }) => {
    await page.goto('/?decision=security-documents');
    await card(page, SECURITY_DOCUMENTS).getByRole('button', { name: 'In the source' }).click();
    const marked = page.locator('[data-source-marked="true"]');
    await expect(marked).toBeInViewport();
    await expect(marked).toContainText('The meeting approved a new edition of the Regulation');
    await expect(page.getByText(`Marked:`, { exact: true })).toBeVisible();
    await expect(page.locator('[data-paragraph-id="p17"]')).toBeFocused();
  });

  test('Cite copies a citation carrying the deep link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?area=security');
    const target = card(page, SECURITY_DOCUMENTS);
    await target.getByRole('button', { name: 'Cite' }).click();
    await expect(target.getByRole('button', { name: 'Cite' })).toHaveAttribute('aria-expanded', 'true');
    await target.getByRole('button', { name: 'Copy plain text' }).click();
    await expect(target.getByRole('status')).toContainText('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('?decision=security-documents');
    expect(text).toContain('Shanghai Cooperation Organization. “Press Release:');

    await target.getByRole('button', { name: 'Copy BibTeX' }).click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@misc\{sco2012beijing-security-documents,/);
    expect(bibtex).toMatch(/url = \{http:\/\/127\.0\.0\.1:\d+\/\?decision=security-documents\}/);

    await target.getByRole('textbox', { name: 'Plain text' }).press('Escape');
    await expect(target.getByRole('button', { name: 'Cite' })).toHaveAttribute('aria-expanded', 'false');
    await expect(target.getByRole('button', { name: 'Cite' })).toBeFocused();
  });

  test('axe finds no violations with a decision selected', async ({ page }) => {
    // A full-page scan of ~2,000 nodes can take a minute on a loaded two-core machine.
    test.slow();
    await page.goto('/?decision=security-documents&event=security-councils-2012');
    await expect(card(page, SECURITY_DOCUMENTS)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
    await card(page, SECURITY_DOCUMENTS).getByRole('button', { name: 'Cite' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('readable on a 375 px phone: nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?decision=security-documents');
    await expect(card(page, SECURITY_DOCUMENTS)).toBeInViewport();
    await card(page, SECURITY_DOCUMENTS).getByRole('button', { name: 'Cite' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
