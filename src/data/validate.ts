/**
 * Validates a dataset file: the zod schema first, then the checks that need the whole
 * dataset. Every problem names its record and field (`meetings[3].end: before start`).
 * Pure: used by the app when the file loads and by `npm run validate-data`.
 */
import * as z from 'zod/mini';
import { firstDay, lastDay } from '../lib/calendar-date';
import { quoteFinder } from './quote-finder';
import { datasetSchema, manifestSchema, type Dataset, type Manifest } from './schema';

export interface Problem {
  /** Where: `meetings[3].end`, `decisions[0].meetingLinks[1].meetingId`. */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `['meetings', 3, 'end']` → `meetings[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/**
 * The parser validateDataset uses: the schema's interpreter, or the compiled schema
 * (compiled-schema.ts, its own chunk) once a large file has asked for it. Both give the same
 * answer; on a large file the compiled one gives it several times sooner.
 */
let datasetParser: typeof datasetSchema = datasetSchema;

/**
 * From this many meetings the compiled schema pays for loading and compiling it (about 10 kB
 * gzipped and its code generation); below, the interpreter is quicker than waiting for it.
 */
export const COMPILED_SCHEMA_FROM = 5000;

let compiledSchema: Promise<void> | null = null;

/** Loads the compiled schema once; validateDataset uses it from then on. Never rejects. */
export function loadCompiledSchema(): Promise<void> {
  compiledSchema ??= import('./compiled-schema').then(
    (module) => {
      datasetParser = module.compiledDatasetSchema;
    },
    // A chunk that fails to load leaves the interpreter in place: slower, never wrong.
    () => undefined,
  );
  return compiledSchema;
}

/** How many meetings a parsed file claims to hold, before it is validated. */
export function claimedMeetings(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('meetings' in json)) return 0;
  return Array.isArray(json.meetings) ? json.meetings.length : 0;
}

type IssueMessage = (issue: z.core.$ZodIssue, input: unknown) => string;

/**
 * How a schema issue is worded: zod's own message ("Invalid input" for a wrong type) until
 * loadPlainMessages has loaded plain-issue.ts, which says what was expected and what was
 * found. The first view has no room for it, and a bundled file that fails is rare:
 * load-dataset.ts loads it when a file fails, the own-data worker and the scripts at start.
 */
let issueMessage: IssueMessage = (issue) => issue.message;
let plainMessages: Promise<void> | null = null;

/** Loads the plain wording once; validateDataset uses it from then on. Never rejects. */
export function loadPlainMessages(): Promise<void> {
  plainMessages ??= import('./plain-issue').then(
    (module) => {
      issueMessage = module.plainIssueMessage;
    },
    // A chunk that fails to load leaves zod's own words: terse, never wrong.
    () => undefined,
  );
  return plainMessages;
}

/** The schema's issues, each worded by `issueMessage` with what `input` has there. */
function schemaProblems(error: z.core.$ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue, input) }));
}

export function validateManifest(json: unknown): ValidationResult<Manifest> {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, json) };
  const problems: Problem[] = [];
  checkUniqueIds(parsed.data.datasets, 'datasets', problems);
  if (!parsed.data.datasets.some((entry) => entry.id === parsed.data.defaultDataset)) {
    problems.push({ path: 'defaultDataset', message: `"${parsed.data.defaultDataset}" is not listed in datasets` });
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
    const found = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json;
    return { ok: false, problems: [{ path: '', message: `the file must hold a dataset object, not ${found}` }] };
  }
  const parsed = datasetParser.safeParse(json);
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error, json);
    // A bundled file that lacks whole parts hears of them with its other problems.
    if (strict)
      for (const part of ['source', 'chair'] as const)
        if (!(part in json)) problems.push({ path: part, message: 'is missing' });
    return { ok: false, problems };
  }
  const problems = crossCheck(parsed.data);
  if (strict) problems.push(...completenessProblems(parsed.data));
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** What a bundled dataset must give that the schema lets a user's file leave out. */
export function completenessProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const missing = (path: string) => problems.push({ path, message: 'is missing' });
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
  const push = (path: string, message: string) => problems.push({ path, message });

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
  const push = (i: number, field: string, message: string) =>
    problems.push({ path: `meetings[${i}].${field}`, message });
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
      push(i, 'hostCountryId', `"${meeting.hostCountryId}" but ${meeting.cityId} is in ${expected}`);
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
      });
    }
  });
  return unique;
}

// The checks' messages, shared by the per-meeting loop and the helpers for other records.
const unknownMessage = (kind: string, value: string) => `unknown ${kind} "${value}"`;
const notQuotedMessage = (quote: string) =>
  `not found verbatim in any paragraph of the source: "${truncate(quote)}"`;
const endBeforeStartMessage = (start: string, end: string) => `${end} is before start ${start}`;
const endsBeforeStart = (start: string, end: string) => lastDay(end) < firstDay(start);

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
