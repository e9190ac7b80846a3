/**
 * Validates a dataset file: the zod schema first, then the checks that need the whole
 * dataset. Every problem names its record and field (`meetings[3].end: before start`).
 * Pure: used by the app when the file loads and by `npm run validate-data`.
 */
import * as z from 'zod/mini';
import { firstDay, lastDay } from '../lib/calendar-date';
import { plainIssue } from './plain-issue';
import { quoteFinder } from './quote-finder';
import { datasetSchema, manifestSchema, type Dataset, type Manifest } from './schema';
import { formatPath, type Problem, type ProblemDetail, type ValidationResult } from './problem';

// The page's Content-Security-Policy allows no eval: zod must not generate code (its JIT
// object parsers, `z.compile`), nor probe whether it may, which the browser reports as a
// violation even when the probe's error is caught.
z.config({ jitless: true });

/** The schema's issues, each in plain words: what was expected, and what `input` has there. */
function schemaProblems(error: z.core.$ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), ...plainIssue(issue, input) }));
}

export function validateManifest(json: unknown): ValidationResult<Manifest> {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, json) };
  const problems: Problem[] = [];
  checkUniqueIds(parsed.data.datasets, 'datasets', problems);
  if (!parsed.data.datasets.some((entry) => entry.id === parsed.data.defaultDataset)) {
    const value = parsed.data.defaultDataset;
    problems.push({
      path: 'defaultDataset',
      message: `"${value}" is not listed in datasets`,
      detail: { code: 'notListed', values: { value } },
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

export interface ValidateOptions {
  /**
   * A bundled dataset is held to the whole contract (the default): a source with every field,
   * the chair, a quote for every meeting, coordinates for every city and codes for every
   * country. A user's chronology may lack them; the views then say what is missing.
   */
  strict?: boolean;
}

export function validateDataset(
  json: unknown,
  { strict = true }: ValidateOptions = {},
): ValidationResult<Dataset> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = json === null ? 'null' : Array.isArray(json) ? 'array' : typeof json;
    const message = `the file must hold a dataset object, not ${found === 'array' ? 'an array' : found}`;
    return { ok: false, problems: [{ path: '', message, detail: { code: 'notDatasetObject', values: { found } } }] };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error, json);
    // A bundled file that lacks whole parts hears of them with its other problems.
    if (strict)
      for (const part of ['source', 'chair'] as const)
        if (!(part in json)) problems.push(missingAt(part));
    return { ok: false, problems };
  }
  const problems = crossCheck(parsed.data);
  if (strict) problems.push(...completenessProblems(parsed.data));
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** What a bundled dataset must give that the schema lets a user's file leave out. */
export function completenessProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const missing = (path: string) => problems.push(missingAt(path));
  if (!data.source) missing('source');
  else {
    for (const field of ['kind', 'dateline', 'start', 'end', 'place', 'publisher'] as const) {
      if (data.source[field] === undefined) missing(`source.${field}`);
    }
  }
  if (!data.chair) missing('chair');
  data.meetings.forEach((meeting, i) => {
    if (meeting.quote === undefined) missing(`meetings[${i}].quote`);
  });
  data.reference.cities.forEach((city, i) => {
    if (city.lat === undefined) missing(`reference.cities[${i}].lat`);
    if (city.lon === undefined) missing(`reference.cities[${i}].lon`);
  });
  data.reference.countries.forEach((country, i) => {
    for (const field of ['iso2', 'iso3', 'isoNumeric'] as const) {
      if (country[field] === undefined) missing(`reference.countries[${i}].${field}`);
    }
  });
  return problems;
}

/**
 * A problem's path, built only when a problem is found: a large dataset has hundreds of
 * thousands of fields to check and (nearly always) no problem to report.
 */
type LazyPath = () => string;

/** The checks a schema cannot express: uniqueness, references, quotes, date order. */
export function crossCheck(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const push = (path: string, [message, detail]: Said) => problems.push({ path, message, detail });

  const paragraphs = data.source?.paragraphs ?? [];
  checkUniqueIds(paragraphs, 'source.paragraphs', problems);
  const ids = {
    country: checkUniqueIds(data.reference.countries, 'reference.countries', problems),
    city: checkUniqueIds(data.reference.cities, 'reference.cities', problems),
    category: checkUniqueIds(data.categories, 'categories', problems),
    format: checkUniqueIds(data.formats, 'formats', problems),
    area: checkUniqueIds(data.areas, 'areas', problems),
    meeting: checkUniqueIds(data.meetings, 'meetings', problems),
    organisation: checkUniqueIds(data.organisations, 'organisations', problems),
    decision: checkUniqueIds(data.decisions, 'decisions', problems),
  };
  checkUnique(data.delegations.map((d) => d.countryId), 'delegations', 'countryId', problems);

  const ref = (set: ReadonlySet<string>, kind: string, value: string | undefined, path: LazyPath) => {
    if (value !== undefined && !set.has(value)) push(path(), unknownMessage(kind, value));
  };
  // Without a source text there is nothing to check a quote against: a user's chronology may
  // carry quotes of a text it does not include.
  const findQuote = data.source ? quoteFinder(paragraphs.map((p) => p.text)) : () => 0;
  const quoted = (value: string, path: LazyPath) => {
    if (findQuote(value) === -1) {
      push(path(), notQuotedMessage(value));
    }
  };
  const ordered = (start: string, end: string, path: LazyPath) => {
    if (endsBeforeStart(start, end)) push(`${path()}.end`, endBeforeStartMessage(start, end));
  };

  if (data.source?.start && data.source.end)
    ordered(data.source.start, data.source.end, () => 'source');
  data.reference.cities.forEach((city, i) =>
    ref(ids.country, 'country', city.countryId, () => `reference.cities[${i}].countryId`),
  );
  data.formats.forEach((format, i) =>
    ref(ids.category, 'category', format.categoryId, () => `formats[${i}].categoryId`),
  );
  checkMeetings(data, ids, findQuote, problems);
  if (data.chair) {
    ref(ids.country, 'country', data.chair.countryId, () => 'chair.countryId');
    quoted(data.chair.quote, () => 'chair.quote');
  }
  data.delegations.forEach((delegation, i) => {
    ref(ids.country, 'country', delegation.countryId, () => `delegations[${i}].countryId`);
    quoted(delegation.quote, () => `delegations[${i}].quote`);
  });
  data.statusChanges.forEach((change, i) => {
    ref(ids.country, 'country', change.countryId, () => `statusChanges[${i}].countryId`);
    ref(ids.decision, 'decision', change.decisionId, () => `statusChanges[${i}].decisionId`);
    quoted(change.quote, () => `statusChanges[${i}].quote`);
  });
  data.organisations.forEach((organisation, i) =>
    quoted(organisation.quote, () => `organisations[${i}].quote`),
  );
  data.decisions.forEach((decision, i) => {
    const at = () => `decisions[${i}]`;
    ref(ids.area, 'area', decision.areaId, () => `${at()}.areaId`);
    decision.stateIds.forEach((id, j) =>
      ref(ids.country, 'country', id, () => `${at()}.stateIds[${j}]`),
    );
    decision.organisationIds.forEach((id, j) =>
      ref(ids.organisation, 'organisation', id, () => `${at()}.organisationIds[${j}]`),
    );
    decision.meetingLinks.forEach((link, j) =>
      ref(ids.meeting, 'meeting', link.meetingId, () => `${at()}.meetingLinks[${j}].meetingId`),
    );
    decision.periods.forEach((period, j) => {
      ordered(period.start, period.end, () => `${at()}.periods[${j}]`);
      ref(ids.country, 'country', period.countryId, () => `${at()}.periods[${j}].countryId`);
    });
    decision.appointments?.forEach((appointment, j) =>
      ref(ids.country, 'country', appointment.countryId, () => `${at()}.appointments[${j}].countryId`),
    );
    quoted(decision.quote, () => `${at()}.quote`);
  });
  return problems;
}

/**
 * The one check that runs per meeting, so hundreds of thousands of times on a large file: a
 * plain loop with no closure per meeting (a lazy path each would be half a million
 * allocations at 100,000 meetings), and a path built only for a problem found.
 */
function checkMeetings(
  data: Dataset,
  ids: Record<'format' | 'city' | 'country' | 'category', ReadonlySet<string>>,
  findQuote: (quote: string) => number,
  problems: Problem[],
): void {
  const cityCountry = new Map(data.reference.cities.map((c) => [c.id, c.countryId]));
  const push = (i: number, field: string, [message, detail]: Said) =>
    problems.push({ path: `meetings[${i}].${field}`, message, detail });
  const meetings = data.meetings;
  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i];
    if (!meeting) continue;
    if (meeting.categoryId !== undefined && !ids.category.has(meeting.categoryId)) {
      push(i, 'categoryId', unknownMessage('category', meeting.categoryId));
    }
    if (!ids.format.has(meeting.formatId)) push(i, 'formatId', unknownMessage('format', meeting.formatId));
    if (!ids.city.has(meeting.cityId)) push(i, 'cityId', unknownMessage('city', meeting.cityId));
    if (!ids.country.has(meeting.hostCountryId)) {
      push(i, 'hostCountryId', unknownMessage('country', meeting.hostCountryId));
    }
    const expected = cityCountry.get(meeting.cityId);
    if (expected && expected !== meeting.hostCountryId) {
      const { hostCountryId: host, cityId: city } = meeting;
      push(i, 'hostCountryId', [
        `"${host}" but ${city} is in ${expected}`,
        { code: 'wrongHost', values: { host, city, expected } },
      ]);
    }
    if (endsBeforeStart(meeting.start, meeting.end)) {
      push(i, 'end', endBeforeStartMessage(meeting.start, meeting.end));
    }
    if (meeting.quote !== undefined && findQuote(meeting.quote) === -1) {
      push(i, 'quote', notQuotedMessage(meeting.quote));
    }
  }
}

/** Reports every repeated id and returns the ids, the lookup for references to them. */
function checkUniqueIds(
  records: readonly { id: string }[],
  path: string,
  problems: Problem[],
): ReadonlySet<string> {
  return checkUnique(
    records.map((record) => record.id),
    path,
    'id',
    problems,
  );
}

function checkUnique(
  values: readonly string[],
  path: string,
  field: string,
  problems: Problem[],
): ReadonlySet<string> {
  const unique = new Set(values);
  // The usual case, no repeats, costs one native Set; the first index of each value is
  // looked up only to report a repeat.
  if (unique.size === values.length) return unique;
  const firstIndex = new Map<string, number>();
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else {
      problems.push({
        path: `${path}[${index}].${field}`,
        message: `duplicate "${value}" (also ${path}[${first}])`,
        detail: { code: 'duplicate', values: { value, path, first } },
      });
    }
  });
  return unique;
}

/** A check's words: in English, and as the detail the page words in its language. */
type Said = [message: string, detail: ProblemDetail];

const missingAt = (path: string): Problem => ({ path, message: 'is missing', detail: { code: 'missing' } });

// The checks' messages, shared by the per-meeting loop and the helpers for other records.
const unknownMessage = (kind: string, value: string): Said => [
  `unknown ${kind} "${value}"`,
  { code: 'unknown', values: { kind, value } },
];
const notQuotedMessage = (quote: string): Said => [
  `not found verbatim in any paragraph of the source: "${truncate(quote)}"`,
  { code: 'notQuoted', values: { quote: truncate(quote) } },
];
const endBeforeStartMessage = (start: string, end: string): Said => [
  `${end} is before start ${start}`,
  { code: 'endBeforeStart', values: { start, end } },
];
const endsBeforeStart = (start: string, end: string) => lastDay(end) < firstDay(start);

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
