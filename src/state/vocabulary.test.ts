import { describe, expect, it } from 'vitest';
import { realIndex } from '../test/fixtures';
import { parseViewState } from './view-state';
import { vocabularyOf } from './vocabulary';

describe('vocabularyOf', () => {
  it('names each meeting by its id and title, listed on first use and kept', () => {
    const vocabulary = vocabularyOf(realIndex);
    // A getter: for a large dataset the list is only worth building for a link that names a meeting.
    expect(Object.getOwnPropertyDescriptor(vocabulary, 'event')).toHaveProperty(
      'get',
      expect.any(Function),
    );
    expect(vocabulary.event).toBe(vocabulary.event);
    expect(vocabulary.event).toEqual(realIndex.meetings.map((m) => ({ id: m.id, name: m.title })));
  });

  it('resolves a meeting in a link by its id or, ignoring case, by its title', () => {
    const vocabulary = vocabularyOf(realIndex);
    expect(parseViewState({ event: 'audit-2012' }, vocabulary).view.event).toBe('audit-2012');
    const audit = realIndex.meetingById.get('audit-2012');
    expect(parseViewState({ event: audit?.title.toUpperCase() }, vocabulary).view.event).toBe(
      'audit-2012',
    );
  });
});
