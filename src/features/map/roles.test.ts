import { describe, expect, it } from 'vitest';
import { cloneDataset, realDataset } from '../../test/fixtures';
import { loadTranslate, loadedTranslate } from '../../i18n/translate';
import { groupByRole, participantIds, rolesAt, rolesOnDay, stateLabel } from './roles';

const roleOf = (statuses: ReturnType<typeof rolesAt>, id: string) => statuses.get(id)?.role;

describe('participantIds', () => {
  it('lists the 12 delegations and then Turkey, which only gains a status', () => {
    const ids = participantIds(realDataset);
    expect(ids).toHaveLength(13);
    expect(ids.slice(0, 2)).toEqual(['kazakhstan', 'china']);
    expect(ids.at(-1)).toBe('turkey');
  });
});

describe('rolesAt', () => {
  it('before the decisions: Afghanistan a guest, Turkey without status, nothing new', () => {
    const before = rolesAt(realDataset, 'before');
    expect(roleOf(before, 'afghanistan')).toBe('guest');
    expect(roleOf(before, 'turkey')).toBeNull();
    expect(roleOf(before, 'turkmenistan')).toBe('guest');
    expect([...before.values()].some((s) => s.changed)).toBe(false);
  });

  it('after the decisions: Afghanistan an observer, Turkey a dialogue partner, both marked new', () => {
    const after = rolesAt(realDataset, 'after');
    expect(roleOf(after, 'afghanistan')).toBe('observer');
    expect(roleOf(after, 'turkey')).toBe('dialogue-partner');
    const changed = [...after.values()].filter((s) => s.changed).map((s) => s.countryId);
    expect(changed).toEqual(['afghanistan', 'turkey']);
  });

  it('leaves members and earlier observers alone at both moments', () => {
    for (const moment of ['before', 'after'] as const) {
      const statuses = rolesAt(realDataset, moment);
      expect(roleOf(statuses, 'china')).toBe('member');
      expect(roleOf(statuses, 'india')).toBe('observer');
      expect(statuses.get('china')?.change).toBeNull();
    }
  });

  it('keeps the change itself at both moments, for the panel', () => {
    expect(rolesAt(realDataset, 'before').get('afghanistan')?.change?.to).toBe('observer');
    expect(rolesAt(realDataset, 'after').get('afghanistan')?.change?.from).toBe('guest');
  });
});

describe('rolesOnDay', () => {
  it('switches on the decision day, not before', () => {
    expect(roleOf(rolesOnDay(realDataset, '2012-06-06'), 'afghanistan')).toBe('guest');
    expect(roleOf(rolesOnDay(realDataset, '2012-06-07'), 'afghanistan')).toBe('observer');
    expect(roleOf(rolesOnDay(realDataset, '2013-01-01'), 'turkey')).toBe('dialogue-partner');
  });

  it('counts a change dated by month only from the end of that month', () => {
    const dataset = cloneDataset();
    for (const change of dataset.statusChanges) change.date = '2012-06';
    expect(roleOf(rolesOnDay(dataset, '2012-06-07'), 'afghanistan')).toBe('guest');
    expect(roleOf(rolesOnDay(dataset, '2012-06-30'), 'afghanistan')).toBe('observer');
  });

  it('applies successive changes in date order', () => {
    const dataset = cloneDataset();
    const first = dataset.statusChanges[0];
    if (!first) throw new Error('no status change');
    dataset.statusChanges.push({ ...first, from: 'observer', to: 'member', date: '2017-06-09' });
    expect(roleOf(rolesOnDay(dataset, '2015-01-01'), 'afghanistan')).toBe('observer');
    expect(roleOf(rolesOnDay(dataset, '2018-01-01'), 'afghanistan')).toBe('member');
  });
});

describe('groupByRole', () => {
  it('groups the states in legend order and leaves stateless ones out', () => {
    const before = groupByRole(rolesAt(realDataset, 'before'));
    expect([...before.keys()]).toEqual(['member', 'observer', 'guest', 'dialogue-partner']);
    expect(before.get('member')).toHaveLength(6);
    expect(before.get('guest')).toEqual(['afghanistan', 'turkmenistan']);
    expect(before.get('dialogue-partner')).toEqual([]);
    const after = groupByRole(rolesAt(realDataset, 'after'));
    expect(after.get('observer')).toEqual(['iran', 'mongolia', 'pakistan', 'india', 'afghanistan']);
    expect(after.get('dialogue-partner')).toEqual(['turkey']);
  });
});

describe('stateLabel', () => {
  const en = loadedTranslate('en')!;
  it('names the role in words and says what is new', () => {
    expect(
      stateLabel(en, 'Afghanistan', rolesAt(realDataset, 'before').get('afghanistan'), 'before'),
    ).toBe('Afghanistan: guest of the host');
    expect(
      stateLabel(en, 'Afghanistan', rolesAt(realDataset, 'after').get('afghanistan'), 'after'),
    ).toBe('Afghanistan: observer, new at this summit');
    expect(stateLabel(en, 'Turkey', rolesAt(realDataset, 'before').get('turkey'), 'before')).toBe(
      'Turkey: no SCO status before the summit',
    );
  });

  it('speaks Russian and Chinese', async () => {
    const ru = await loadTranslate('ru');
    const zh = await loadTranslate('zh');
    const after = rolesAt(realDataset, 'after').get('afghanistan');
    expect(stateLabel(ru, 'Afghanistan', after, 'after')).toBe('Afghanistan: наблюдатель, новый статус на этом саммите');
    expect(stateLabel(zh, 'Turkey', rolesAt(realDataset, 'before').get('turkey'), 'before')).toBe('Turkey：峰会前无上合组织身份');
  });
});
