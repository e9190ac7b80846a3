/**
 * The fixed, invented part of a synthetic dataset: the opening paragraphs, the organisations,
 * a handful of decisions and status changes, each with the sentence it quotes. The meetings
 * and their paragraphs are generated in scripts/gen-data.ts.
 */
import type { Decision, Organisation, Role } from '../../src/data/schema';
import { COUNTRIES } from './synthetic-reference';

/** "President A. Serikbayev of the Republic of Kazakhstan": each delegation's quote. */
export function delegationQuote(country: (typeof COUNTRIES)[number]): string {
  return `${country.head.title} ${country.head.name} of ${country.formalName}`;
}

function quotesOf(role: Role): string {
  return COUNTRIES.filter((c) => c.role === role)
    .map(delegationQuote)
    .join(', ');
}

export const ATTENDANCE_PARAGRAPHS = [
  `The meetings were attended by ${quotesOf('member')}.`,
  `The meetings were attended and addressed by the heads of delegations of SCO observer states - ${quotesOf('observer')}, by the dialogue partners - ${quotesOf('dialogue-partner')}, and as guests of the host - ${quotesOf('guest')}.`,
];

export const ORGANISATIONS: Organisation[] = [
  {
    id: 'sco-secretariat',
    name: 'SCO Secretariat',
    shortName: 'Secretariat',
    kind: 'sco-body',
    representative: { name: 'N. Osmonaliev', title: 'SCO Secretary General' },
    quote: 'The SCO Secretary General N. Osmonaliev',
  },
  {
    id: 'rats',
    name: 'Regional Antiterrorist Structure (RATS) of the SCO',
    shortName: 'RATS',
    kind: 'sco-body',
    representative: {
      name: 'K. Bektursunov',
      title:
        'Director of the Executive Committee of the Regional Antiterrorist Structure (RATS) of the SCO',
    },
    quote:
      'Director of the Executive Committee of the Regional Antiterrorist Structure (RATS) of the SCO K. Bektursunov',
  },
  {
    id: 'un',
    name: 'United Nations',
    shortName: 'UN',
    kind: 'international',
    representative: {
      name: 'J. Novak',
      title: 'Special Representative of the United Nations Secretary-General',
    },
    quote: 'the Special Representative of the United Nations Secretary-General J. Novak',
  },
  {
    id: 'cis',
    name: 'Commonwealth of Independent States',
    shortName: 'CIS',
    kind: 'international',
    representative: {
      name: 'A. Lebedinsky',
      title: 'Executive Secretary of the Commonwealth of Independent States',
    },
    quote: 'Executive Secretary of the Commonwealth of Independent States A. Lebedinsky',
  },
];

export const ORGANISATION_PARAGRAPHS = [
  `${ORGANISATIONS[0]?.quote ?? ''} and ${ORGANISATIONS[1]?.quote ?? ''} participated in the meetings.`,
  `Also present were ${ORGANISATIONS[2]?.quote ?? ''} and ${ORGANISATIONS[3]?.quote ?? ''}.`,
];

/** A decision before its links: the year's summit it belongs to is found when generating. */
export type DecisionDraft = Omit<Decision, 'meetingLinks'> & { year: number };

const decision = (
  draft: Pick<DecisionDraft, 'id' | 'verb' | 'areaId' | 'title' | 'summary' | 'quote' | 'year'> &
    Partial<DecisionDraft>,
): DecisionDraft => ({ documents: [], periods: [], stateIds: [], organisationIds: [], ...draft });

// prettier-ignore
export const DECISIONS: DecisionDraft[] = [
  decision({ id: 'un-cooperation', verb: 'stressed', areaId: 'external-relations', year: 2010, organisationIds: ['un'],
    title: 'Cooperation with the United Nations', summary: 'The heads of state stressed the importance of working with the UN.',
    quote: 'The heads of state stressed the importance of cooperation with the United Nations and its specialised agencies.' }),
  decision({ id: 'turkey-dialogue-partner', verb: 'decided', areaId: 'external-relations', year: 2012, stateIds: ['turkey'],
    title: 'Turkey becomes a dialogue partner', summary: 'Turkey was granted the status of SCO dialogue partner.',
    quote: 'The heads of state decided to grant the Republic of Turkey the status of SCO dialogue partner.' }),
  decision({ id: 'observers-and-partners-2015', verb: 'decided', areaId: 'external-relations', year: 2015,
    stateIds: ['belarus', 'azerbaijan', 'armenia'],
    title: 'A new observer and two dialogue partners', summary: 'Belarus became an observer; Azerbaijan and Armenia dialogue partners.',
    quote: 'The heads of state decided to grant the Republic of Belarus SCO observer status and the Republic of Azerbaijan and the Republic of Armenia the status of SCO dialogue partners.' }),
  decision({ id: 'development-strategy', verb: 'approved', areaId: 'institutional', year: 2015,
    documents: [{ title: 'Development Strategy of the SCO until 2025' }],
    periods: [{ label: 'Strategy period', start: '2015', end: '2025' }],
    title: 'Development Strategy until 2025', summary: 'The heads of state approved a ten-year development strategy.',
    quote: 'The heads of state approved the Development Strategy of the SCO until 2025.' }),
  decision({ id: 'admission-india-pakistan', verb: 'decided', areaId: 'institutional', year: 2017, stateIds: ['india', 'pakistan'],
    title: 'India and Pakistan admitted', summary: 'India and Pakistan became member states.',
    quote: 'The heads of state decided to admit the Republic of India and the Islamic Republic of Pakistan as SCO member states.' }),
  decision({ id: 'secretary-general-appointed', verb: 'appointed', areaId: 'personnel', year: 2018, organisationIds: ['sco-secretariat'],
    appointments: [{ person: { name: 'N. Osmonaliev', title: 'SCO Secretary General' }, countryId: 'kyrgyzstan', post: 'Secretary General of the SCO' }],
    periods: [{ label: 'Term of office', start: '2019-01-01', end: '2021-12-31' }],
    title: 'Secretary General appointed', summary: 'N. Osmonaliev was appointed Secretary General for three years.',
    quote: 'The heads of state appointed N. Osmonaliev Secretary General of the SCO for the period from January 1, 2019 to December 31, 2021.' }),
  decision({ id: 'trade-facilitation', verb: 'agreed', areaId: 'economy', year: 2019,
    title: 'Trade facilitation and transport corridors', summary: 'The parties agreed to keep working on trade and transport.',
    quote: 'The parties agreed to continue work on trade facilitation and on the development of transport corridors in the region.' }),
  decision({ id: 'counter-terrorism-programme', verb: 'approved', areaId: 'security', year: 2021, organisationIds: ['rats'],
    documents: [{ title: 'Programme of cooperation in combating terrorism, separatism and extremism for 2022-2024' }],
    periods: [{ label: 'Programme period', start: '2022', end: '2024' }],
    title: 'Counter-terrorism programme 2022–2024', summary: 'The heads of state approved a three-year programme.',
    quote: 'The heads of state approved the Programme of cooperation in combating terrorism, separatism and extremism for 2022-2024.' }),
  decision({ id: 'year-of-culture', verb: 'decided', areaId: 'humanitarian', year: 2023, stateIds: ['china'],
    periods: [{ label: 'SCO Year of Culture', start: '2024', end: '2024', countryId: 'china' }],
    title: 'SCO Year of Culture in China', summary: 'The SCO Year of Culture is held in China in 2024.',
    quote: "The heads of state decided to hold the SCO Year of Culture in 2024 in the People's Republic of China." }),
  decision({ id: 'next-summit', verb: 'noted', areaId: 'institutional', year: 2025, stateIds: ['kyrgyzstan'],
    periods: [{ label: 'Next summit', start: '2026', end: '2026', countryId: 'kyrgyzstan' }],
    title: 'Next summit in Kyrgyzstan', summary: 'The next summit is held in 2026 in Kyrgyzstan.',
    quote: 'The next meeting of the Council of Heads of Member States will be held in 2026 in the Kyrgyz Republic.' }),
];

/** Status changes: each dated by its decision's summit (or only its year when there is none). */
// prettier-ignore
export const STATUS_CHANGES: { countryId: string; from: Role | null; to: Role; decisionId: string }[] = [
  { countryId: 'turkey', from: null, to: 'dialogue-partner', decisionId: 'turkey-dialogue-partner' },
  { countryId: 'belarus', from: 'dialogue-partner', to: 'observer', decisionId: 'observers-and-partners-2015' },
  { countryId: 'azerbaijan', from: null, to: 'dialogue-partner', decisionId: 'observers-and-partners-2015' },
  { countryId: 'armenia', from: null, to: 'dialogue-partner', decisionId: 'observers-and-partners-2015' },
  { countryId: 'india', from: 'observer', to: 'member', decisionId: 'admission-india-pakistan' },
  { countryId: 'pakistan', from: 'observer', to: 'member', decisionId: 'admission-india-pakistan' },
];
