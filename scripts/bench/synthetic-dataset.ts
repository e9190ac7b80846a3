/**
 * The synthetic benchmark dataset, generated: N meetings over 25 years (2001-06-15 to
 * 2026-06-14), 40 cities in 15 countries, 25 bodies in 5 categories, one two-day summit each
 * June, about 30% of the ordinary meetings lasting 2–5 days. Pure and deterministic: a
 * seeded PRNG (mulberry32), no Math.random, no clock. scripts/gen-data.ts writes it out.
 *
 * Quotes: like the real release ("of defence ministers (April 24, 2012 in Beijing)"), every
 * meeting is quoted by a dated clause, 50 clauses to a paragraph, in the meetings' order.
 * validateDataset finds each quote starting from the paragraph of the previous hit, so this
 * validates in linear time (100,000 meetings: about a second). A validator that scans every
 * paragraph for every quote would take minutes here (quadratic: 1.4 s at 10,000 meetings,
 * 20 s at 30,000); `--quotes shared` then quotes each ordinary meeting by body and city only
 * ("of defence ministers in Beijing", at most 24 × 40 clauses), which stays fast either way.
 */
import { dayToIso, firstDay } from '../../src/lib/calendar-date';
import type { CompleteDataset, Meeting, Paragraph } from '../../src/data/schema';
import {
  AREAS,
  CATEGORIES,
  CITIES,
  COUNTRIES,
  FORMATS,
  SUMMIT_CITIES,
  type SyntheticFormat,
} from './synthetic-reference';
import { MONTHS } from '../../src/lib/format-date';
import {
  ATTENDANCE_PARAGRAPHS,
  DECISIONS,
  ORGANISATIONS,
  ORGANISATION_PARAGRAPHS,
  STATUS_CHANGES,
  delegationQuote,
} from './synthetic-text';

export type QuoteStyle = 'shared' | 'dated';

export interface GenerateOptions {
  events: number;
  seed: number;
  quotes?: QuoteStyle;
}

const FIRST_DAY = firstDay('2001-06-15');
const LAST_DAY = firstDay('2026-06-14');
const FIRST_YEAR = 2001;
const LAST_YEAR = 2026;
/** Share of ordinary meetings that last more than one day (2–5 days). */
const MULTI_DAY_SHARE = 0.3;
/** Dated meeting clauses per paragraph, so no paragraph grows past a few kilobytes. */
const CLAUSES_PER_PARAGRAPH = 50;

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draft {
  format: SyntheticFormat;
  cityId: string;
  startDay: number;
  endDay: number;
  summit: boolean;
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} out of range`);
  return value;
}

/** dayToIso, remembered: the 25 years have only ~9,000 days, and 100,000 meetings ask for them. */
const isoCache = new Map<number, string>();
function iso(day: number): string {
  let value = isoCache.get(day);
  if (value === undefined) {
    value = dayToIso(day);
    isoCache.set(day, value);
  }
  return value;
}

/** "April 24, 2012", "April 23-25, 2012", "June 30 - July 2, 2012", "December 30, 2012 - January 1, 2013". */
export function dateText(startDay: number, endDay: number): string {
  const [y1, m1, d1] = iso(startDay).split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = iso(endDay).split('-').map(Number) as [number, number, number];
  const month = (m: number) => at(MONTHS, m - 1);
  if (startDay === endDay) return `${month(m1)} ${d1}, ${y1}`;
  if (y1 !== y2) return `${month(m1)} ${d1}, ${y1} - ${month(m2)} ${d2}, ${y2}`;
  if (m1 !== m2) return `${month(m1)} ${d1} - ${month(m2)} ${d2}, ${y1}`;
  return `${month(m1)} ${d1}-${d2}, ${y1}`;
}

function drafts(events: number, random: () => number): Draft[] {
  const summitFormat = at(FORMATS, 0);
  const ordinary = FORMATS.slice(1);
  const result: Draft[] = [];
  // One two-day summit a year, in June, before the span ends on 14 June 2026.
  const years = Math.min(events, LAST_YEAR - FIRST_YEAR + 1);
  for (let k = 0; k < years; k++) {
    const year = FIRST_YEAR + k;
    const start =
      year === FIRST_YEAR ? FIRST_DAY : firstDay(`${year}-06-01`) + Math.floor(random() * 13);
    const cityId = at(SUMMIT_CITIES, k % SUMMIT_CITIES.length);
    result.push({ format: summitFormat, cityId, startDay: start, endDay: start + 1, summit: true });
  }
  const spanDays = LAST_DAY - FIRST_DAY + 1;
  for (let i = years; i < events; i++) {
    const format = at(ordinary, Math.floor(random() * ordinary.length));
    const cityId = at(CITIES, Math.floor(random() * CITIES.length)).id;
    const days = random() < MULTI_DAY_SHARE ? 2 + Math.floor(random() * 4) : 1;
    const startDay = FIRST_DAY + Math.floor(random() * (spanDays - days + 1));
    result.push({ format, cityId, startDay, endDay: startDay + days - 1, summit: false });
  }
  // Chronological; Array#sort is stable, so ties keep their (seeded) generation order.
  // Plain code-unit order, not localeCompare: locale-independent and 10× faster at 100,000.
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return result.sort(
    (a, b) =>
      a.startDay - b.startDay ||
      a.endDay - b.endDay ||
      byText(a.format.id, b.format.id) ||
      byText(a.cityId, b.cityId),
  );
}

/** A synthetic dataset, as a plain object ready for JSON. Pure: same options, same dataset. */
export function generateDataset({
  events,
  seed,
  quotes = 'dated',
}: GenerateOptions): CompleteDataset {
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`events must be a positive integer, got ${events}`);
  const random = mulberry32(seed);
  const cityById = new Map(CITIES.map((c) => [c.id, c]));
  const cityName = (id: string) => cityById.get(id)?.name ?? id;
  const countryOf = (cityId: string) => cityById.get(cityId)?.countryId ?? '';

  const perDay = new Map<string, number>();
  const meetings: (Meeting & { quote: string })[] = drafts(events, random).map((d) => {
    const stem = `${d.format.id}-${iso(d.startDay)}`;
    const n = (perDay.get(stem) ?? 0) + 1;
    perDay.set(stem, n);
    const dated = d.summit || quotes === 'dated';
    const quote = dated
      ? `${d.format.clause} (${dateText(d.startDay, d.endDay)} in ${cityName(d.cityId)})`
      : `${d.format.clause} in ${cityName(d.cityId)}`;
    return {
      id: `${stem}-${n}`,
      title: d.summit
        ? `${cityName(d.cityId)} summit: Council of Heads of Member States`
        : `Meeting ${d.format.clause}`,
      formatId: d.format.id,
      start: iso(d.startDay),
      end: iso(d.endDay),
      cityId: d.cityId,
      hostCountryId: countryOf(d.cityId),
      ...(d.summit ? { summit: true } : {}),
      quote,
    };
  });

  const summits = meetings.filter((m) => m.summit);
  const summitOf = (year: number) => summits.find((m) => m.start.startsWith(`${year}-`));
  const lastSummit = at(summits, summits.length - 1);
  const chairCountry = COUNTRIES.find((c) => c.id === lastSummit.hostCountryId) ?? at(COUNTRIES, 0);
  const chairQuote = `The closing summit was chaired by ${delegationQuote(chairCountry)}.`;

  const texts: string[] = [
    'SYNTHETIC CHRONOLOGY',
    `Meetings of the Shanghai Cooperation Organization, ${dateText(FIRST_DAY, LAST_DAY)} (invented for benchmarks)`,
    ...ATTENDANCE_PARAGRAPHS,
    chairQuote,
    ...ORGANISATION_PARAGRAPHS,
    ...DECISIONS.map((d) => d.quote),
    `Summits were held ${summits.map((m) => m.quote).join(', ')}.`,
  ];
  if (quotes === 'dated') {
    const ordinary = meetings.filter((m) => !m.summit).map((m) => m.quote);
    for (let i = 0; i < ordinary.length; i += CLAUSES_PER_PARAGRAPH) {
      texts.push(`Meetings were held ${ordinary.slice(i, i + CLAUSES_PER_PARAGRAPH).join(', ')}.`);
    }
  } else {
    // One paragraph per body, one clause per city it met in: the shared quotes.
    for (const format of FORMATS.slice(1)) {
      const used = new Set(
        meetings.filter((m) => !m.summit && m.formatId === format.id).map((m) => m.cityId),
      );
      const clauses = CITIES.filter((c) => used.has(c.id)).map(
        (c) => `${format.clause} in ${c.name}`,
      );
      if (clauses.length) texts.push(`Over the period, meetings were held ${clauses.join(', ')}.`);
    }
  }
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, text }));

  return {
    id: `synthetic-${events}`,
    title: `Synthetic chronology, ${events} events`,
    version: versionOf(seed, quotes),
    source: {
      title: 'Synthetic chronology of meetings of the Shanghai Cooperation Organization',
      kind: 'Generated text (synthetic, for benchmarks)',
      dateline: `${dateText(FIRST_DAY, LAST_DAY)}, various places`,
      start: dayToIso(FIRST_DAY),
      end: dayToIso(LAST_DAY),
      place: 'Various',
      publisher: 'Generated by scripts/gen-data.ts',
      paragraphs,
    },
    reference: {
      note: 'Reference data for a synthetic benchmark dataset: real country names and ISO 3166 codes, real city coordinates (WGS 84). The meetings, people and text are invented.',
      countries: COUNTRIES.map(({ id, name, iso2, iso3, isoNumeric }) => ({
        id,
        name,
        iso2,
        iso3,
        isoNumeric,
      })),
      cities: CITIES,
    },
    categories: CATEGORIES,
    formats: FORMATS.map(({ id, name, categoryId }) => ({ id, name, categoryId })),
    areas: AREAS,
    meetings,
    chair: { countryId: chairCountry.id, person: chairCountry.head.name, quote: chairQuote },
    delegations: COUNTRIES.map((c) => ({
      countryId: c.id,
      nameInSource: c.formalName.replace(/^the /, ''),
      role: c.role,
      head: c.head,
      quote: delegationQuote(c),
    })),
    statusChanges: STATUS_CHANGES.map((change) => {
      const decision = DECISIONS.find((d) => d.id === change.decisionId);
      const summit = decision && summitOf(decision.year);
      return {
        ...change,
        date: summit?.end ?? String(decision?.year ?? FIRST_YEAR),
        dateNote: summit
          ? "Dated by the closing day of that year's summit."
          : 'Only the year is known.',
        quote: decision?.quote ?? '',
      };
    }),
    organisations: ORGANISATIONS,
    decisions: DECISIONS.map(({ year, ...d }) => {
      const summit = summitOf(year);
      return {
        ...d,
        meetingLinks: summit ? [{ meetingId: summit.id, basis: 'editorial' as const }] : [],
      };
    }),
  };
}

export function versionOf(seed: number, quotes: QuoteStyle = 'dated'): string {
  return `1.0.0-seed${seed}${quotes === 'shared' ? '-shared' : ''}`;
}
