import { describe, expect, it } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import {

  areaCounts,
  filterByArea,
  groupByArea,
  isLinkedToMeeting,
  toggleArea,
} from './group-decisions';

/** The value, or a failed test when it is missing. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const { decisions, areas } = realDataset;
const ids = (list: { id: string }[]) => list.map((d) => d.id);

describe('areaCounts', () => {
  it('counts every decision once, in the dataset’s area order', () => {
    const counts = areaCounts(decisions, areas);
    expect(counts.map((c) => [c.area.id, c.count])).toEqual([
      ['institutional', 10],
      ['security', 6],
      ['economy', 6],
      ['humanitarian', 2],
      ['external-relations', 6],
      ['personnel', 2],
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(decisions.length);
  });

  it('keeps areas without decisions at zero and names unknown areas by id', () => {
    const one = decisions.filter((d) => d.id === 'security-documents');
    const stray = { ...defined(decisions[0]), id: 'stray', areaId: 'space' };
    const counts = areaCounts([...one, stray], areas);
    expect(counts.find((c) => c.area.id === 'economy')?.count).toBe(0);
    expect(counts.at(-1)).toEqual({ area: { id: 'space', name: 'space' }, count: 1 });
  });
});

describe('filterByArea and groupByArea', () => {
  it('no area chosen shows all', () => {
    expect(filterByArea(decisions, [])).toHaveLength(32);
  });

  it('personnel holds exactly the two appointments', () => {
    expect(ids(filterByArea(decisions, ['personnel']))).toEqual([
      'secretary-general-appointed',
      'rats-director-appointed',
    ]);
  });

  it('groups only non-empty areas, in area order, decisions in source order', () => {
    const groups = groupByArea(filterByArea(decisions, ['personnel', 'security']), areas);
    expect(groups.map((g) => g.area.id)).toEqual(['security', 'personnel']);
    expect(ids(defined(groups[0]).decisions)).toEqual([
      'security-threats',
      'security-documents',
      'information-security',
      'information-security-code',
      'iran-nuclear-programme',
      'missile-defence',
    ]);
  });

  it('every decision lands in exactly one group', () => {
    const groups = groupByArea(decisions, areas);
    expect(groups.flatMap((g) => ids(g.decisions)).sort()).toEqual(ids(decisions).sort());
  });
});

describe('decisions linked to a meeting', () => {
  it('agrees with the index the views read them from', () => {
    for (const meeting of realIndex.meetings)
      expect(ids(realIndex.decisionsByMeeting.get(meeting.id) ?? [])).toEqual(
        ids(decisions.filter((d) => isLinkedToMeeting(d, meeting.id))),
      );
  });

  it('finds the decisions the security councils’ meeting fed', () => {
    expect(ids(decisions.filter((d) => isLinkedToMeeting(d, 'security-councils-2012')))).toEqual([
      'security-threats',
      'security-documents',
      'information-security',
    ]);
  });

  it('no meeting, or a meeting that fed nothing, links nothing', () => {
    expect(decisions.filter((d) => isLinkedToMeeting(d, null))).toEqual([]);
    expect(decisions.filter((d) => isLinkedToMeeting(d, 'attorneys-general-2012'))).toEqual([]);
    expect(isLinkedToMeeting(defined(decisions[0]), null)).toBe(false);
  });
});

describe('toggleArea', () => {
  it('adds and removes an area, keeping area order', () => {
    expect(toggleArea(['personnel'], 'security', areas)).toEqual(['security', 'personnel']);
    expect(toggleArea(['security', 'personnel'], 'security', areas)).toEqual(['personnel']);
  });
});
