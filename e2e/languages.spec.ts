import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, meetingList, params } from './helpers';

/** The meeting list, named in the page's language. */
const listIn = (page: Page, name: string) => page.getByRole('list', { name, exact: true });

/** What each language must show: its own words for a few controls, and a meeting's dates. */
const LANGUAGES = {
  ru: {
    htmlLang: 'ru',
    language: 'Язык',
    meetings: 'Встречи',
    timeline: /^Шкала времени:/,
    relief: '28 сентября 2011 г.',
    courts: '23–25 апреля 2012 г.',
    count: /Показано 15 из 15 встреч/,
    participants: 'Участники',
    newBadge: 'новый',
    scoBodies: 'Органы ШОС',
    decisions: 'Решения',
    fedBy: '11 мая 2012 г.',
  },
  zh: {
    htmlLang: 'zh-Hans',
    language: '语言',
    meetings: '会议',
    timeline: /^时间线：/,
    relief: '2011年9月28日',
    courts: '2012年4月23日至25日',
    count: /显示 15 次会议（共 15 次）/,
    participants: '参与方',
    newBadge: '新',
    scoBodies: '上合组织机构',
    decisions: '决定',
    fedBy: '2012年5月11日',
  },
} as const;

/** The interface in one language: its meeting list and timeline are drawn. */
async function openIn(page: Page, lang: keyof typeof LANGUAGES, path: string) {
  const words = LANGUAGES[lang];
  await page.goto(path);
  await expect(page.getByRole('heading', { name: words.meetings, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: words.timeline })).toBeVisible();
}

/** Intl's thin and no-break spaces, as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

for (const lang of ['ru', 'zh'] as const) {
  const words = LANGUAGES[lang];

  test.describe(`in ${lang}`, () => {
    test(`a deep link opens in ${lang} with the meeting's dates in that language @dates`, async ({ page }) => {
      await openIn(page, lang, `/?event=emergency-relief-2011&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', words.htmlLang);
      await expect(page.getByRole('combobox', { name: words.language })).toHaveValue(lang);
      await expect(page.getByRole('status').filter({ hasText: words.count })).toBeVisible();
      // The record stays in its source's language; its dates are the reader's.
      const detail = page.getByRole('region').filter({ has: page.locator('#detail-heading') });
      await expect(page.locator('#detail-heading')).toHaveText(
        'Meeting of heads of emergency relief ministries and agencies',
      );
      expect(plain(await detail.textContent())).toContain(words.relief);
      expect(plain(await listIn(page, words.meetings).textContent())).toContain(words.relief);
      const mark = await page.locator('svg [data-meeting-id="supreme-courts-2012"]').getAttribute('aria-label');
      expect(plain(mark)).toContain(words.courts);
    });

    test(`the map and the decision cards below the timeline speak ${lang} too`, async ({ page }) => {
      await openIn(page, lang, `/?lang=${lang}`);
      const map = page.getByRole('region', { name: words.participants, exact: true });
      await map.scrollIntoViewIfNeeded();
      // Turkey's and Afghanistan's new status, marked on the map itself.
      await expect(map.locator('svg text', { hasText: words.newBadge }).first()).toBeVisible();
      await expect(map.getByRole('heading', { name: words.scoBodies })).toBeVisible();
      const decisions = page.getByRole('region', { name: new RegExp(`^${words.decisions}`) });
      await decisions.scrollIntoViewIfNeeded();
      expect(plain(await decisions.textContent())).toContain(words.fedBy);
    });

    test(`${lang} has no axe violations`, async ({ page }) => {
      await openIn(page, lang, `/?event=beijing-summit-2012&lang=${lang}`);
      await expectNoAxeViolations(page);
    });

    test(`${lang} fits a 360 px phone`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await openIn(page, lang, `/?event=defence-ministers-2012&lang=${lang}`);
      await expectNoHorizontalOverflow(page);
      // No button is cut off: each is as wide as its content needs.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b) => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
          .map((b) => b.textContent),
      );
      expect(clipped).toEqual([]);
      // Nor is a word broken across lines inside one ("Зак-рыт-ь"): between the letters of
      // an alphabetic word is no place to wrap. (Chinese wraps between characters by right.)
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b) => b.offsetParent !== null)
          .flatMap((button) => {
            const words: string[] = [];
            const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(/[A-Za-zА-Яа-яЁё]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (lines.size > 1) words.push(match[0]);
              }
            }
            return words;
          }),
      );
      expect(broken).toEqual([]);
    });
  });

  test(`choosing ${lang} keeps the other parameters, survives a reload and Back`, async ({ page }) => {
    await page.goto('/?event=emergency-relief-2011&city=dushanbe');
    await expect(meetingList(page)).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption(lang);
    await expect(page.getByRole('combobox', { name: words.language })).toHaveValue(lang);
    await expect.poll(() => params(page)).toEqual({ event: 'emergency-relief-2011', city: 'dushanbe', lang });
    await expect(page.locator('html')).toHaveAttribute('lang', words.htmlLang);

    await page.reload();
    await expect(page.getByRole('heading', { name: words.meetings, exact: true })).toBeVisible();
    expect(params(page)).toEqual({ event: 'emergency-relief-2011', city: 'dushanbe', lang });

    // A selection after the switch, then Back: the selection goes, the language stays.
    await listIn(page, words.meetings).getByRole('button').nth(1).click();
    await expect.poll(() => params(page).event).not.toBe('emergency-relief-2011');
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ event: 'emergency-relief-2011', city: 'dushanbe', lang });
    await expect(page.getByRole('heading', { name: words.meetings, exact: true })).toBeVisible();
  });
}

test.describe('the browser’s languages', () => {
  test.use({ locale: 'ru-RU' });

  test('a first visit follows them; a link’s lang wins over them', async ({ page }) => {
    await openIn(page, 'ru', '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an unknown lang is reported and the page stays in English', async ({ page }) => {
  await page.goto('/?lang=fr&city=dushanbe');
  await expect(page.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText('zh (中文)');
  expect(params(page)).toEqual({ lang: 'fr', city: 'dushanbe' });
});
