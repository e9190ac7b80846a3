import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, meetingList, openApp, params } from './helpers';

/** A small chronology: three good rows, one bad date (row 5) and one row without a title (row 6). */
const CHRONOLOGY = [
  'title,start,end,city,country,ministry,category,latitude,longitude,description',
  'Meeting of foreign ministers,2012-06-06,2012-06-07,Beijing,China,Foreign affairs,Politics,,,Talks before the summit',
  'Trade conference,2013-03-01,,Lima,Peru,Trade,Economy,-12.05,-77.04,',
  'Culture workshop,2013-04,,Atlantis,,Culture,,,,A city no map knows',
  'Broken row,2012-13-45,,Moscow,Russia,Defence,Security,,,',
  ',2013-05-01,,Paris,France,Culture,,,,',
].join('\n');
const BAD_DATE = 'Row 5, start: "2012-13-45" is not a date (use YYYY-MM-DD)';
const NO_TITLE = 'Row 6, title: empty';

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Opens files with the header's "Open your data" button, as a reader does, through the file chooser. */
async function pickFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open your data' }).click();
  await (await chooser).setFiles(files);
}

function aboutData(page: Page) {
  return page.getByRole('region', { name: 'About this data' });
}

test.describe('your own chronology', () => {
  test('“Open your data” reads a CSV file, names its bad rows, and survives a reload and Back', async ({ page }) => {
    await openApp(page);
    await pickFiles(page, [csvFile('tiny-chronology.csv', CHRONOLOGY)]);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('tiny-chronology.csv');
    await expect.poll(() => params(page).file).toMatch(/^f-[0-9a-f]+$/);
    await expect(aboutData(page)).toContainText('Your file tiny-chronology.csv, read in this browser: nothing was uploaded');
    await expect(aboutData(page)).toContainText('3 rows read of 5 rows · 2 problems found');
    const leftOut = page.getByRole('region', { name: 'Rows left out' });
    await expect(leftOut.getByRole('listitem')).toHaveText([BAD_DATE, NO_TITLE]);
    await expect(meetingList(page).getByRole('listitem')).toHaveCount(3);
    // Places: the map frames the file's own cities and lists the one it cannot place.
    const places = page.getByRole('region', { name: 'Places' });
    await places.scrollIntoViewIfNeeded();
    await expect(places.getByRole('heading', { name: 'Not on the map' })).toBeVisible();
    await expect(places.getByRole('button', { name: /^Atlantis/ }).last()).toBeVisible();
    // No decisions and no source came with the data: said plainly.
    await expect(page.getByRole('region', { name: 'Decisions' })).toContainText('This data records no decisions');
    await expect(page.getByRole('region', { name: 'Source text' })).toContainText('No source text came with this data');
    await expectNoAxeViolations(page);

    const fileUrl = page.url();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('tiny-chronology.csv');
    expect(page.url()).toBe(fileUrl);

    await aboutData(page).getByRole('button', { name: 'Back to the SCO data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("SCO Beijing summit, 6–7 June 2012");
    await expect.poll(() => params(page)).toEqual({});
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('tiny-chronology.csv');
  });

  test('a source text chosen with the data checks the quotes and shows them highlighted in place', async ({ page }) => {
    const csv = [
      'title,start,city,quote',
      'Trade conference,2013-03-01,Lima,The ministers of trade met in Lima',
      'Culture workshop,2013-04-02,Lima,',
    ].join('\n');
    const text = 'A short release.\n\nThe ministers of trade met in Lima and agreed on a plan.\n';
    await openApp(page);
    await pickFiles(page, [
      csvFile('quoted.csv', csv),
      { name: 'release.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
    ]);
    await expect(aboutData(page)).toContainText('quotes checked against release.txt');
    const source = page.getByRole('region', { name: 'Source text' });
    await source.scrollIntoViewIfNeeded();
    await expect(source.getByRole('button', { name: /^Meeting: Trade conference/ })).toBeVisible();
  });

  test('a file dropped anywhere on the page is opened, with a clear drop target while dragging', async ({ page }) => {
    await openApp(page);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, CHRONOLOGY);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByRole('status').filter({ hasText: 'Drop your data to explore it' })).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('dropped.csv');
    await expect(page.getByText('Drop your data to explore it')).toBeHidden();
  });

  test('a file with no readable row says why, and offers the SCO data', async ({ page }) => {
    await openApp(page);
    await pickFiles(page, [csvFile('broken.csv', 'title,start\n,nope\nSecond,2012-99\n')]);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('No row of the file could be read');
    await expect(alert.getByRole('list', { name: 'Problems found' })).toContainText('Row 2, title: empty');
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Open the SCO data instead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("SCO Beijing summit, 6–7 June 2012");
  });

  test('a file’s problems are worded in the reader’s language, and again when it changes', async ({ page }) => {
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { name: 'Встречи', exact: true })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Открыть свои данные' }).click();
    await (await chooser).setFiles([csvFile('tiny-chronology.csv', CHRONOLOGY)]);
    const leftOut = page.getByRole('region', { name: 'Пропущенные строки' });
    await expect(leftOut.getByRole('listitem')).toHaveText([
      'Строка 5, start: «2012-13-45» — не дата (пишите ГГГГ-ММ-ДД)',
      'Строка 6, title: пусто',
    ]);
    // The problems are kept as messages, not as text: a new language words them anew.
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('zh');
    await expect(page.getByRole('region', { name: '未采用的行' }).getByRole('listitem')).toHaveText([
      '第 5 行，start：“2012-13-45”不是日期（请使用 YYYY-MM-DD 格式）',
      '第 6 行，title：为空',
    ]);
    await expectNoAxeViolations(page);
  });

  test('in Russian, a file with no readable row says why in Russian', async ({ page }) => {
    await page.goto('/?lang=ru');
    await expect(page.getByRole('heading', { name: 'Встречи', exact: true })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Открыть свои данные' }).click();
    await (await chooser).setFiles([csvFile('broken.csv', 'title,start\n,nope\nSecond,2012-99\n')]);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('Ни одну строку файла не удалось прочитать');
    await expect(alert).toContainText(
      'Ни одну строку broken.csv не удалось прочитать: во всех 2 строках есть проблемы, список ниже.',
    );
    await expect(alert.getByRole('list', { name: 'Найденные проблемы' }).getByRole('listitem')).toHaveText([
      'Строка 2, title: пусто',
      'Строка 2, start: «nope» — не дата (пишите ГГГГ-ММ-ДД)',
      'Строка 3, start: «2012-99» — не дата (пишите ГГГГ-ММ-ДД)',
    ]);
  });

  test('?data= opens a published file on this site, with filters and a selection, through reload and Back', async ({
    page,
  }) => {
    await page.route('**/own/tiny.csv', (route) => route.fulfill({ contentType: 'text/csv', body: CHRONOLOGY }));
    await page.goto('/?city=lima&data=own/tiny.csv');
    await expect(aboutData(page)).toContainText('Data from this site (own/tiny.csv), not checked by this site.');
    await expect(meetingList(page).getByRole('listitem')).toHaveCount(1);
    await meetingList(page).getByRole('button', { name: /Trade conference/ }).click();
    await expect.poll(() => params(page).event).toBeTruthy();
    expect(params(page)).toMatchObject({ city: 'lima', data: 'own/tiny.csv' });
    await expect(page.getByRole('heading', { name: 'Trade conference', level: 2 })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Trade conference', level: 2 })).toBeVisible();
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ city: 'lima', data: 'own/tiny.csv' });
    await expect(meetingList(page).getByRole('listitem')).toHaveCount(1);
  });

  test('an unreachable link says so plainly and offers the SCO data', async ({ page }) => {
    await page.route('https://data.example.invalid/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/?data=https://data.example.invalid/chronology.csv');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('The data could not be reached');
    await expect(alert).toContainText('data.example.invalid');
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Open the SCO data instead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("SCO Beijing summit, 6–7 June 2012");
  });

  test('a link that is not https, this site or localhost opens the SCO data with a notice', async ({ page }) => {
    await openApp(page, '/?data=javascript:alert(1)');
    await expect(page.getByRole('status', { name: 'Link notice' })).toContainText('“javascript:” addresses are not opened');
  });

  test('recent files reopen and can be forgotten; the template downloads', async ({ page }) => {
    await openApp(page);
    await pickFiles(page, [csvFile('kept.csv', CHRONOLOGY)]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('kept.csv');
    await aboutData(page).getByRole('button', { name: 'Back to the SCO data' }).click();

    await page.getByRole('button', { name: 'Links and recent files' }).click();
    const recent = page.getByRole('list', { name: 'Recent files' });
    await expect(recent).toContainText(`${Buffer.byteLength(CHRONOLOGY)} bytes`);
    await recent.getByRole('button', { name: 'kept.csv', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('kept.csv');

    await page.getByRole('button', { name: 'Links and recent files' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download a template' }).click();
    const template = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(template, 'utf8')).split('\n')[0]?.toLowerCase()).toContain('title,start');
    await recent.getByRole('button', { name: 'Forget kept.csv' }).click();
    await expect(recent).toBeHidden();
    await expect(page.getByText('No file has been opened in this browser yet.')).toBeVisible();
  });

  test('the share menu says a file from disk cannot travel in a link', async ({ page }) => {
    await openApp(page);
    await pickFiles(page, [csvFile('local.csv', CHRONOLOGY)]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('local.csv');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await expect(page.getByText('a link cannot carry it')).toBeVisible();
    await expect(page.getByText('?data=')).toBeVisible();
  });

  test('a 10,000-character word in a title and a city wraps instead of widening the page', async ({ page }) => {
    const word = 'W'.repeat(10_000);
    await page.route('**/own/long.csv', (route) =>
      route.fulfill({ contentType: 'text/csv', body: `title,start,city\n${word},2012-01-01,${word}\n` }),
    );
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/?data=own/long.csv');
    await expect(meetingList(page).getByRole('listitem')).toHaveCount(1);
    await expectNoHorizontalOverflow(page);
    // Below the first screen a section clips what overflows it (content-visibility's paint
    // containment), so the page's width cannot tell: the city's button itself must wrap.
    const city = page.getByRole('region', { name: 'Meeting cities' }).getByRole('button', { name: /^W+/ });
    await city.scrollIntoViewIfNeeded();
    expect((await city.boundingBox())?.width).toBeLessThanOrEqual(360);
    await expectNoHorizontalOverflow(page);
  });
});
