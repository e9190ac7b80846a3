import { describe, expect, it, vi } from 'vitest';
import { realIndex } from '../test/fixtures';
import { expectBuiltOnFirstUse } from '../test/stubs';
import { parseViewState } from './view-state';
import { vocabularyOf } from './vocabulary';

describe('vocabularyOf', () => {
  it('names each meeting by its id and title, listed on first use and kept', () => {
    // For a large dataset the list is only worth building for a link that names a meeting.
    const events = expectBuiltOnFirstUse(vocabularyOf(realIndex), 'event');
    expect(events).toEqual(realIndex.meetings.map((m) => ({ id: m.id, name: m.title })));
  });

  it('finds a meeting named by its exact id without listing every meeting', () => {
    const vocabulary = vocabularyOf(realIndex);
    expect(parseViewState({ event: ' audit-2012 ' }, vocabulary).view.event).toBe('audit-2012');
    // The list of meetings is built only for a value that is not an exact id.
    const listed = vi.spyOn(vocabulary, 'event', 'get');
    parseViewState({ event: 'audit-2012' }, vocabulary);
    expect(listed).not.toHaveBeenCalled();
    parseViewState({ event: 'AUDIT-2012' }, vocabulary);
    expect(listed).toHaveBeenCalled();
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
