import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateRange } from './format-date';

describe('formatCalendarDate', () => {
  it.each([
    ['2011-09-28', '28 September 2011'],
    ['2012-06-05', '5 June 2012'],
    ['2013-01-01', '1 January 2013'],
    ['2015-12-31', '31 December 2015'],
    ['2012-02-29', '29 February 2012'],
    ['2010-06', 'June 2010'],
    ['2012-01', 'January 2012'],
    ['2012-12', 'December 2012'],
    ['2013', '2013'],
  ])('%s → %s', (value, expected) => {
    expect(formatCalendarDate(value)).toBe(expected);
  });

  it('returns an unparseable value unchanged', () => {
    expect(formatCalendarDate('sometime')).toBe('sometime');
    expect(formatCalendarDate('2012-13-45')).toBe('2012-13-45');
  });
});

describe('formatDateRange', () => {
  it('shares month and year within a month', () => {
    expect(formatDateRange('2012-04-23', '2012-04-25')).toBe('23–25 April 2012');
    expect(formatDateRange('2012-06-06', '2012-06-07')).toBe('6–7 June 2012');
  });

  it('shares the year across months', () => {
    expect(formatDateRange('2012-04-30', '2012-05-02')).toBe('30 April – 2 May 2012');
  });

  it('writes both dates in full across years', () => {
    expect(formatDateRange('2013-01-01', '2015-12-31')).toBe('1 January 2013 – 31 December 2015');
    expect(formatDateRange('2011-12-30', '2012-01-02')).toBe('30 December 2011 – 2 January 2012');
  });

  it('joins two years with an unspaced en dash', () => {
    expect(formatDateRange('2013', '2015')).toBe('2013–2015');
  });

  it('gives a single date when start and end are the same', () => {
    expect(formatDateRange('2012-04-24', '2012-04-24')).toBe('24 April 2012');
    expect(formatDateRange('2010-06', '2010-06')).toBe('June 2010');
    expect(formatDateRange('2013', '2013')).toBe('2013');
  });

  it('writes mixed or month precisions in full, with a spaced en dash', () => {
    expect(formatDateRange('2012-04', '2012-06')).toBe('April 2012 – June 2012');
    expect(formatDateRange('2013', '2015-12-31')).toBe('2013 – 31 December 2015');
    expect(formatDateRange('2012-06-07', '2013')).toBe('7 June 2012 – 2013');
  });

  it('falls back to the raw values when either end is not a date', () => {
    expect(formatDateRange('2012-04-23', 'later')).toBe('2012-04-23 – later');
    expect(formatDateRange('soon', '2012-04-23')).toBe('soon – 2012-04-23');
  });

  it('uses en dashes, never hyphens', () => {
    for (const [a, b] of [
      ['2012-04-23', '2012-04-25'],
      ['2012-04-30', '2012-05-02'],
      ['2013', '2015'],
    ] as const) {
      const text = formatDateRange(a, b);
      expect(text).toContain('–');
      expect(text).not.toContain('-');
    }
  });
});

/** Intl separates with no-break and thin spaces; the expectations are written with plain ones. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('dates in each language', () => {
  it.each([
    ['en', '28 September 2011', 'June 2010', '23–25 April 2012', '30 April – 2 May 2012'],
    ['ru', '28 сентября 2011 г.', 'июнь 2010 г.', '23–25 апреля 2012 г.', '30 апреля – 2 мая 2012 г.'],
    ['zh', '2011年9月28日', '2010年6月', '2012年4月23日至25日', '2012年4月30日至5月2日'],
  ] as const)('%s', (lang, day, month, withinMonth, acrossMonths) => {
    expect(spaced(formatCalendarDate('2011-09-28', lang))).toBe(day);
    expect(spaced(formatCalendarDate('2010-06', lang))).toBe(month);
    expect(spaced(formatDateRange('2012-04-23', '2012-04-25', lang))).toBe(withinMonth);
    expect(spaced(formatDateRange('2012-04-30', '2012-05-02', lang))).toBe(acrossMonths);
  });

  it('writes ranges across years in full', () => {
    expect(spaced(formatDateRange('2013-01-01', '2015-12-31', 'ru'))).toBe('1 января 2013 г. – 31 декабря 2015 г.');
    expect(formatDateRange('2013-01-01', '2015-12-31', 'zh')).toBe('2013年1月1日至2015年12月31日');
  });

  it('keeps Russian’s year mark with its year, so "г." never wraps onto a line of its own', () => {
    expect(formatCalendarDate('2011-09-28', 'ru')).toMatch(/2011\u00a0г\.$/);
    expect(formatDateRange('2012-04-23', '2012-04-25', 'ru')).toMatch(/2012\u00a0г\.$/);
    expect(formatDateRange('2013-01-01', '2015-12-31', 'ru')).toMatch(/^1 января 2013\u00a0г\. – 31 декабря 2015\u00a0г\.$/);
  });

  it('keeps calendar dates in every time zone: the formatters work in UTC', () => {
    // Formatting builds UTC midnights and formats them in UTC, whatever the process's zone.
    for (const lang of ['en', 'ru', 'zh'] as const) {
      expect(formatCalendarDate('2012-01-01', lang)).toMatch(/1|一/);
      expect(formatCalendarDate('2012-12-31', lang)).toMatch(/31/);
    }
  });
});
