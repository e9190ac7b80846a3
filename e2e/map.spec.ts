import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Opens a deep link and waits for the lazily loaded map and its shapes. */
async function openMap(page: Page, query = '') {
  await page.goto(`/${query}`);
  const dushanbe = page.getByRole('button', { name: /^Dushanbe, Tajikistan: \d+ meetings?$/ });
  await dushanbe.scrollIntoViewIfNeeded();
  await expect(dushanbe).toBeVisible();
  return page.getByRole('region', { name: 'Participants' });
}

const search = (page: Page) => new URL(page.url()).searchParams;

test.describe('participant map', () => {
  test('clicking the Dushanbe marker filters the meetings to its three and says so in the URL', async ({
    page,
  }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Dushanbe, Tajikistan: 3 meetings' }).click();
    await expect(page).toHaveURL(/[?&]city=dushanbe(&|$)/);
    const list = page.getByRole('list', { name: 'Meetings', exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    // The other cities now hold none of the filtered meetings, and their markers say so.
    await expect(page.getByRole('button', { name: 'Beijing, China: 0 meetings' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Moscow, Russia: 0 meetings' })).toBeVisible();
  });

  test('hovering a marker lists its meetings with their dates', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Dushanbe, Tajikistan: 3 meetings' }).hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Dushanbe, Tajikistan');
    await expect(tip.getByRole('listitem')).toHaveCount(3);
    await expect(tip).toContainText('28 September 2011');
    await expect(tip).toContainText('Meeting of heads of emergency relief ministries and agencies');
  });

  test('?state=afghanistan shows the delegation and its new observer status', async ({ page }) => {
    const map = await openMap(page, '?state=afghanistan');
    const panel = map.getByRole('region', { name: 'Afghanistan' });
    await expect(panel).toContainText('Islamic Republic of Afghanistan');
    await expect(panel).toContainText('President H. Karzai');
    await expect(panel).toContainText('(Hamid Karzai)');
    await expect(panel).toContainText('guest of the host → observer, 7 June 2012');
    await expect(panel.getByText('observer', { exact: true })).toBeVisible();
    await expect(panel).toContainText('No meeting of the period was held here.');
    await expect(
      map.getByRole('button', { name: 'Afghanistan: observer, new at this summit' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await panel
      .getByRole('button', { name: 'Afghanistan becomes an observer, Turkey a dialogue partner' })
      .click();
    await expect(page).toHaveURL(/[?&]decision=new-observer-and-dialogue-partner(&|$)/);
  });

  test('the roles switch shows the states before the summit’s decisions', async ({ page }) => {
    const map = await openMap(page, '?state=afghanistan');
    await map.getByRole('radio', { name: 'Before the summit’s decisions' }).check();
    await expect(page).toHaveURL(/[?&]roles=before(&|$)/);
    await expect(map.getByRole('button', { name: 'Afghanistan: guest of the host' })).toBeVisible();
    await expect(
      map.getByRole('button', { name: 'Turkey: no SCO status before the summit' }),
    ).toBeVisible();
    const panel = map.getByRole('region', { name: 'Afghanistan' });
    await expect(panel.getByText('guest of the host', { exact: true })).toBeVisible();
    // The text alternative follows: Afghanistan is listed with the guests.
    const list = map.getByRole('region', { name: /States by role/ });
    await expect(list).toContainText('Guests of the host (2)');
    await map.getByRole('radio', { name: 'After the summit’s decisions' }).check();
    await expect(page).not.toHaveURL(/roles=/);
    await expect(
      map.getByRole('button', { name: 'Turkey: dialogue partner, new at this summit' }),
    ).toBeVisible();
  });

  test('Turkey, with no delegation, shows its status and the decision; Escape closes it', async ({
    page,
  }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: /^Turkey\b.*no delegation/ }).click();
    await expect(page).toHaveURL(/[?&]state=turkey(&|$)/);
    const panel = map.getByRole('region', { name: 'Turkey' });
    await expect(panel).toContainText('no status → dialogue partner, 7 June 2012');
    await expect(
      panel.getByRole('button', {
        name: 'Afghanistan becomes an observer, Turkey a dialogue partner',
      }),
    ).toBeVisible();
    await panel.getByRole('button', { name: 'In the source' }).focus();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/state=/);
    await expect(panel).toHaveCount(0);
    await expect(
      map.getByRole('button', { name: 'Turkey: dialogue partner, new at this summit' }),
    ).toBeFocused();
  });

  test('a marker is reached with Tab and activated with Enter', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('radio', { name: 'After the summit’s decisions' }).focus();
    const marker = map.getByRole('button', { name: 'Dushanbe, Tajikistan: 3 meetings' });
    for (let presses = 0; presses < 40; presses++) {
      if (await marker.evaluate((node) => node === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(marker).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('Dushanbe, Tajikistan');
    // Escape dismisses the tip and leaves the keyboard where it was.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]city=dushanbe(&|$)/);
  });

  test('a state is selected with the keyboard, and from the text alternative', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: 'Kazakhstan: member' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]state=kazakhstan(&|$)/);
    await expect(map.getByRole('region', { name: 'Kazakhstan' })).toContainText(
      'President N. Nazarbayev',
    );
    await map.getByRole('button', { name: /^Mongolia\b.*Elbegdorzh/ }).click();
    await expect.poll(() => search(page).get('state')).toBe('mongolia');
  });

  test('zoom buttons zoom in, out and back', async ({ page }) => {
    const map = await openMap(page);
    const zoomOut = map.getByRole('button', { name: 'Zoom map out' });
    const marker = map.getByRole('button', { name: 'Dushanbe, Tajikistan: 3 meetings' });
    const before = await marker.boundingBox();
    await expect(zoomOut).toBeDisabled();
    await map.getByRole('button', { name: 'Zoom map in' }).click();
    await expect(zoomOut).toBeEnabled();
    await expect.poll(async () => (await marker.boundingBox())?.x).not.toBe(before?.x);
    await map.getByRole('button', { name: 'Reset map zoom' }).click();
    await expect(zoomOut).toBeDisabled();
    await expect.poll(async () => (await marker.boundingBox())?.x).toBeCloseTo(before?.x ?? NaN, 0);
  });

  test('the other participants are listed with their representatives', async ({ page }) => {
    const map = await openMap(page);
    const others = map.getByRole('region', { name: 'Other participants' });
    await expect(others.getByRole('listitem')).toHaveCount(6);
    await expect(others).toContainText('M. Imanaliev (Muratbek Imanaliev)');
    await expect(others).toContainText(
      'Secretary General of the Collective Security Treaty Organization',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the map loaded (${colorScheme})`, async ({ page }) => {
      test.setTimeout(180_000); // two full-page scans, slow on a busy 2-core machine
      await page.emulateMedia({ colorScheme });
      await openMap(page);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await openMap(page, '?state=afghanistan');
      await expect(page.getByRole('region', { name: 'Afghanistan' })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 800 }, hasTouch: true });

    test('shows the map without horizontal overflow, with tappable markers', async ({ page }) => {
      const map = await openMap(page);
      await expect(
        map.getByRole('group', { name: /^Map of the participating states/ }),
      ).toBeVisible();
      expect(
        await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
      ).toBeLessThanOrEqual(375);
      const marker = map.getByRole('button', { name: 'Dushanbe, Tajikistan: 3 meetings' });
      const box = await marker.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
      await marker.tap();
      await expect(page).toHaveURL(/[?&]city=dushanbe(&|$)/);
    });
  });
});
