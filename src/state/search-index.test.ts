import { describe, expect, it } from 'vitest';
import { indexDataset } from '../data/dataset-index';
import { cloneDataset, realIndex } from '../test/fixtures';
import { buildMeetingSearch } from './search-index';

const search = buildMeetingSearch(realIndex);
const found = (query: string) => {
  const hits = search.search(query);
  if (hits === null) throw new Error(`no search for ${JSON.stringify(query)}`);
  return [...hits.keys()].sort();
};

const DUSHANBE = ['attorneys-general-2012', 'emergency-relief-2011', 'trade-ministers-2011'];
const BEIJING = [
  'anti-drug-2012',
  'beijing-summit-2012',
  'culture-ministers-2012',
  'defence-ministers-2012',
  'finance-central-banks-2012',
  'foreign-ministers-2012',
  'security-councils-2012',
  'supreme-courts-2012',
];

describe('buildMeetingSearch', () => {
  it('"audit" finds the Shanghai audit meeting only', () => {
    expect(found('audit')).toEqual(['audit-2012']);
    expect(realIndex.meetingById.get('audit-2012')!.cityId).toBe('shanghai');
  });

  it('is case-insensitive', () => {
    expect(found('AUDIT')).toEqual(['audit-2012']);
  });

  it('matches prefixes', () => {
    expect(found('defen')).toEqual(['defence-ministers-2012']);
    expect(found('aud')).toEqual(['audit-2012']);
    expect(found('dusha')).toEqual(DUSHANBE);
  });

  it('tolerates a typo in a longer word', () => {
    expect(found('Dushanbee')).toEqual(DUSHANBE);
    expect(found('Shanghia')).toEqual(found('Shanghai'));
    expect(found('Shanghia')).toContain('audit-2012');
    expect(found('Beijng')).toEqual(BEIJING);
  });

  it('does not apply typo tolerance to short words', () => {
    // "rats" is a participant (RATS) at the summit; "rbts" is one letter off but only four long.
    expect(found('rats')).toEqual(['beijing-summit-2012']);
    expect(found('rbts')).toEqual([]);
  });

  it('finds places by city and host country', () => {
    expect(found('Dushanbe')).toEqual(DUSHANBE);
    expect(found('Beijing')).toEqual(BEIJING);
    expect(found('Moscow')).toEqual(['transport-ministers-2011']);
    expect(found('Kazakhstan')).toEqual(expect.arrayContaining(['sco-forum-2012']));
  });

  it('finds the summit by its participants', () => {
    expect(found('Putin')).toEqual(['beijing-summit-2012']);
    expect(found('Karzai')).toEqual(['beijing-summit-2012']);
    expect(found('Hamid Karzai')).toEqual(['beijing-summit-2012']);
    expect(found('Ahmadinejad')).toEqual(['beijing-summit-2012']);
    expect(found('CSTO')).toEqual(['beijing-summit-2012']);
  });

  it('participants only find the summit, not other meetings', () => {
    const data = cloneDataset();
    data.meetings.forEach((m) => delete m.summit);
    const noSummit = buildMeetingSearch(indexDataset(data));
    expect(noSummit.search('Putin')?.size).toBe(0);
  });

  it('finds meetings by format name and category', () => {
    expect(found('supreme')).toEqual(['audit-2012', 'supreme-courts-2012']);
    expect(found('Justice')).toEqual(['attorneys-general-2012', 'audit-2012', 'supreme-courts-2012']);
  });

  it('an empty or whitespace query is no search (null)', () => {
    expect(search.search('')).toBeNull();
    expect(search.search('   ')).toBeNull();
    expect(search.search('\t\n')).toBeNull();
  });

  it('a query matching nothing is an empty result, not null', () => {
    const hits = search.search('xylophone');
    expect(hits).not.toBeNull();
    expect(hits!.size).toBe(0);
  });

  it('combines words with AND', () => {
    expect(found('Beijing defence')).toEqual(['defence-ministers-2012']);
    expect(found('Dushanbe attorneys')).toEqual(['attorneys-general-2012']);
    expect(found('Moscow audit')).toEqual([]);
  });

  it('hits carry the matched document terms and a positive score', () => {
    const hits = search.search('Beijing defence')!;
    const hit = hits.get('defence-ministers-2012')!;
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.terms).toEqual(expect.arrayContaining(['beijing', 'defence']));
    // The quote spells it "defense": a prefix/fuzzy match reports the document's own term.
    expect(search.search('defen')!.get('defence-ministers-2012')!.terms.sort()).toEqual(['defence', 'defense']);
    expect(search.search('Dushanbee')!.get('trade-ministers-2011')!.terms).toEqual(['dushanbe']);
  });

  it('every hit is a meeting of the index', () => {
    const hits = search.search('meeting')!;
    expect(hits.size).toBe(15);
    for (const id of hits.keys()) expect(realIndex.meetingById.has(id)).toBe(true);
  });
});
