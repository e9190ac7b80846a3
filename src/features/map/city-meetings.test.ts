import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { loadedTranslate } from '../../i18n/translate';
import { cityLabel, maxCityCount, meetingsByCity } from './city-meetings';

describe('meetingsByCity', () => {
  it('counts the real meetings per city', () => {
    const byCity = meetingsByCity(realIndex.meetings);
    const counts = Object.fromEntries([...byCity].map(([id, list]) => [id, list.length]));
    expect(counts).toEqual({
      dushanbe: 3,
      moscow: 1,
      'st-petersburg': 1,
      beijing: 8,
      shanghai: 1,
      almaty: 1,
    });
    expect(maxCityCount(byCity)).toBe(8);
  });

  it('keeps each city’s meetings in the given order', () => {
    const dushanbe = meetingsByCity(realIndex.meetings)
      .get('dushanbe')
      ?.map((m) => m.id);
    expect(dushanbe).toEqual([
      'emergency-relief-2011',
      'trade-ministers-2011',
      'attorneys-general-2012',
    ]);
  });

  it('has no entry for a city without meetings, and an empty input gives an empty map', () => {
    expect(meetingsByCity([]).size).toBe(0);
    expect(maxCityCount(new Map())).toBe(0);
  });

  it('partitions any subset: every meeting once, under its own city', () => {
    fc.assert(
      fc.property(fc.subarray(realIndex.meetings), (subset) => {
        const byCity = meetingsByCity(subset);
        const flat = [...byCity.values()].flat();
        expect(flat).toHaveLength(subset.length);
        for (const [cityId, list] of byCity) for (const m of list) expect(m.cityId).toBe(cityId);
      }),
    );
  });
});

describe('cityLabel', () => {
  const en = loadedTranslate('en')!;
  it('says “meeting” for one and “meetings” otherwise', () => {
    expect(cityLabel(en, 'Dushanbe', 'Tajikistan', 3)).toBe('Dushanbe, Tajikistan: 3 meetings');
    expect(cityLabel(en, 'Moscow', 'Russia', 1)).toBe('Moscow, Russia: 1 meeting');
    expect(cityLabel(en, 'Moscow', 'Russia', 0)).toBe('Moscow, Russia: 0 meetings');
  });
});
