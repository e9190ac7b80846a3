import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { decisionFacts } from './decision-facts';
import { VERB_LABELS } from './verb-labels';
import { verbSchema } from '../../data/schema';

/** The value, or a failed test when it is missing. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const facts = (id: string) => decisionFacts(defined(realIndex.decisionById.get(id)), realIndex);

describe('decisionFacts', () => {
  it('resolves documents, periods, organisations and meetings in time order', () => {
    const f = facts('security-documents');
    expect(f.documents).toHaveLength(2);
    expect(f.periods).toEqual(['Counter-terrorism programme: 2013–2015']);
    expect(f.organisations).toEqual(['Regional Antiterrorist Structure (RATS) of the SCO']);
    expect(f.meetings).toEqual([
      { id: 'security-councils-2012', title: 'Meeting of secretaries of security councils', dates: '12 April 2012', basis: 'editorial' },
      { id: 'foreign-ministers-2012', title: 'Meeting of the Council of Ministers of Foreign Affairs', dates: '11 May 2012', basis: 'editorial' },
    ]);
  });

  it('writes the dates in the interface’s language; names stay the dataset’s', () => {
    const decision = defined(realIndex.decisionById.get('security-documents'));
    const inRussian = decisionFacts(decision, realIndex, 'ru');
    expect(inRussian.meetings.map((m) => m.dates.replace(/\s/g, ' '))).toEqual(['12 апреля 2012 г.', '11 мая 2012 г.']);
    expect(inRussian.periods.map((p) => p.replace(/\s/g, ' '))).toEqual(['Counter-terrorism programme: 2013–2015']);
    expect(decisionFacts(decision, realIndex, 'zh').meetings.map((m) => m.dates)).toEqual(['2012年4月12日', '2012年5月11日']);
  });

  it('gives an appointment its person, post and term, and does not repeat the term as a period', () => {
    const f = facts('rats-director-appointed');
    expect(f.appointments).toEqual([
      {
        name: 'Zhang Sinfena',
        fullName: 'Zhang Xinfeng',
        country: 'China',
        post: 'Director of the Executive Committee of the SCO Regional Antiterrorist Structure',
        term: '1 January 2013 – 31 December 2015',
      },
    ]);
    expect(f.periods).toEqual([]);
  });

  it('dates documents and places periods', () => {
    expect(facts('agriculture-agreement').documents[0]).toMatch(/agriculture \(June 2010\)$/);
    expect(facts('next-summit-2013').periods).toEqual(['Next summit: 2013, Kyrgyzstan']);
    expect(facts('new-observer-and-dialogue-partner').states).toEqual(['Afghanistan', 'Turkey']);
  });

  it('marks stated links', () => {
    expect(facts('financial-cooperation').meetings.map((m) => m.basis)).toEqual(['stated']);
  });
});

describe('VERB_LABELS', () => {
  it('labels every verb of the schema', () => {
    for (const verb of verbSchema.options) expect(VERB_LABELS[verb]).toMatch(/^[a-z ]+$/);
  });
});
