import { loadedTranslate } from '../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { buildSourceModel, isRecordSelected, selectedMarks, selectionPatch } from './source-model';

/** The value, or a failed test when it is missing. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const model = buildSourceModel(realIndex, loadedTranslate('en')!);

describe('buildSourceModel', () => {
  it('counts the located records by kind', () => {
    expect(model.kindCounts).toEqual({ meeting: 15, participant: 19, decision: 32, status: 2 });
    expect(model.missing).toEqual([]);
  });

  it('groups coverage by paragraph', () => {
    expect(model.coverageByParagraph.get('p4')).toHaveLength(2);
    expect([...model.coverageByParagraph.values()].flat()).toHaveLength(model.summary.total);
  });
});

describe('isRecordSelected', () => {
  const record = (key: string) => defined(model.recordByKey.get(key));

  it('follows event, decision and state', () => {
    expect(isRecordSelected(record('meeting:defence-ministers-2012'), { ...EMPTY_VIEW, event: 'defence-ministers-2012' })).toBe(true);
    expect(isRecordSelected(record('delegation:china'), { ...EMPTY_VIEW, state: 'china' })).toBe(true);
    expect(isRecordSelected(record('chair:china'), { ...EMPTY_VIEW, state: 'china' })).toBe(true);
    expect(isRecordSelected(record('decision:security-documents'), { ...EMPTY_VIEW, decision: 'missile-defence' })).toBe(false);
  });

  it('never selects an organisation', () => {
    expect(isRecordSelected(record('organisation:un'), EMPTY_VIEW)).toBe(false);
  });
});

describe('selectedMarks', () => {
  it('finds, in the text’s order, exactly the marks isRecordSelected accepts, for any selection', () => {
    const selections = model.marks.flatMap((mark) => (mark.select ? [mark.select] : []));
    const views = [
      EMPTY_VIEW,
      ...selections.map((selection) => ({ ...EMPTY_VIEW, ...selectionPatch(selection) })),
      { ...EMPTY_VIEW, event: 'defence-ministers-2012', decision: 'security-documents', state: 'china' },
      { ...EMPTY_VIEW, event: 'no-such-meeting' },
    ];
    expect(selections.length).toBeGreaterThan(30);
    for (const view of views) {
      expect(selectedMarks(model, view)).toEqual(model.marks.filter((mark) => isRecordSelected(mark, view)));
    }
    expect(selectedMarks(model, { ...EMPTY_VIEW, state: 'china' }).length).toBeGreaterThan(1);
  });
});

describe('selectionPatch', () => {
  it('sets the one parameter a record selects', () => {
    expect(selectionPatch({ param: 'event', id: 'a' })).toEqual({ event: 'a' });
    expect(selectionPatch({ param: 'decision', id: 'b' })).toEqual({ decision: 'b' });
    expect(selectionPatch({ param: 'state', id: 'c' })).toEqual({ state: 'c' });
  });
});
