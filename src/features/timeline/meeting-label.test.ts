import { describe, expect, it, vi } from 'vitest';
import { loadedTranslate, loadTranslate } from '../../i18n/translate';
import { realIndex } from '../../test/fixtures';
import { meetingLabel } from './meeting-label';

describe('meetingLabel', () => {
  const meeting = realIndex.meetingById.get('defence-ministers-2012')!;

  it('names a meeting by title, dates, city and country, in the translator’s language', async () => {
    expect(meetingLabel(realIndex, meeting, loadedTranslate('en')!)).toBe(
      'Meeting of defence ministers, 24 April 2012, Beijing, China',
    );
    const ru = await loadTranslate('ru');
    expect(meetingLabel(realIndex, meeting, ru).replace(/\s/g, ' ')).toContain('24 апреля 2012 г.');
  });

  it('words each meeting once per translator: a render of the timeline does not word it again', () => {
    const en = loadedTranslate('en')!;
    const counting = Object.assign(vi.fn(en), { lang: en.lang, add: en.add });
    meetingLabel(realIndex, meeting, counting);
    meetingLabel(realIndex, meeting, counting);
    expect(counting).toHaveBeenCalledTimes(1);
  });
});
