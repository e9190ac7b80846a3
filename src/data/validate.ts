/**
 * Validates a dataset file: the zod schema first, then the checks that need the whole
 * dataset. Every problem names its record and field (`meetings[3].end: before start`).
 * Pure: used by the app when the file loads and by `npm run validate-data`.
 */
import * as z from 'zod/mini';
import { firstDay, lastDay } from '../lib/calendar-date';
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

function schemaProblems(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function validateManifest(json: unknown): ValidationResult<Manifest> {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems: Problem[] = [];
  checkUniqueIds(parsed.data.datasets, 'datasets', problems);
  if (!parsed.data.datasets.some((entry) => entry.id === parsed.data.defaultDataset)) {
    problems.push({ path: 'defaultDataset', message: `"${parsed.data.defaultDataset}" is not listed in datasets` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

export function validateDataset(json: unknown): ValidationResult<Dataset> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json;
    return { ok: false, problems: [{ path: '', message: `the file must hold a dataset object, not ${found}` }] };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** The checks a schema cannot express: uniqueness, references, quotes, date order. */
export function crossCheck(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const push = (path: string, message: string) => problems.push({ path, message });

  checkUniqueIds(data.source.paragraphs, 'source.paragraphs', problems);
  checkUniqueIds(data.reference.countries, 'reference.countries', problems);
  checkUniqueIds(data.reference.cities, 'reference.cities', problems);
  checkUniqueIds(data.categories, 'categories', problems);
  checkUniqueIds(data.formats, 'formats', problems);
  checkUniqueIds(data.areas, 'areas', problems);
  checkUniqueIds(data.meetings, 'meetings', problems);
  checkUniqueIds(data.organisations, 'organisations', problems);
  checkUniqueIds(data.decisions, 'decisions', problems);
  checkUnique(data.delegations.map((d) => d.countryId), 'delegations', 'countryId', problems);

  const ids = {
    country: idSet(data.reference.countries),
    city: idSet(data.reference.cities),
    category: idSet(data.categories),
    format: idSet(data.formats),
    area: idSet(data.areas),
    meeting: idSet(data.meetings),
    organisation: idSet(data.organisations),
    decision: idSet(data.decisions),
  };
  const ref = (set: Set<string>, kind: string, value: string | undefined, path: string) => {
    if (value !== undefined && !set.has(value)) push(path, `unknown ${kind} "${value}"`);
  };
  const findQuote = quoteFinder(data.source.paragraphs.map((p) => p.text));
  const quoted = (value: string, path: string) => {
    if (findQuote(value) === -1) {
      push(path, `not found verbatim in any paragraph of the source: "${truncate(value)}"`);
    }
  };
  const ordered = (start: string, end: string, path: string) => {
    if (lastDay(end) < firstDay(start)) push(`${path}.end`, `${end} is before start ${start}`);
  };

  ordered(data.source.start, data.source.end, 'source');
  data.reference.cities.forEach((city, i) =>
    ref(ids.country, 'country', city.countryId, `reference.cities[${i}].countryId`),
  );
  data.formats.forEach((format, i) =>
    ref(ids.category, 'category', format.categoryId, `formats[${i}].categoryId`),
  );
  const cityCountry = new Map(data.reference.cities.map((c) => [c.id, c.countryId]));
  data.meetings.forEach((meeting, i) => {
    const at = `meetings[${i}]`;
    ref(ids.format, 'format', meeting.formatId, `${at}.formatId`);
    ref(ids.city, 'city', meeting.cityId, `${at}.cityId`);
    ref(ids.country, 'country', meeting.hostCountryId, `${at}.hostCountryId`);
    const expected = cityCountry.get(meeting.cityId);
    if (expected && expected !== meeting.hostCountryId) {
      push(`${at}.hostCountryId`, `"${meeting.hostCountryId}" but ${meeting.cityId} is in ${expected}`);
    }
    ordered(meeting.start, meeting.end, at);
    quoted(meeting.quote, `${at}.quote`);
  });
  ref(ids.country, 'country', data.chair.countryId, 'chair.countryId');
  quoted(data.chair.quote, 'chair.quote');
  data.delegations.forEach((delegation, i) => {
    ref(ids.country, 'country', delegation.countryId, `delegations[${i}].countryId`);
    quoted(delegation.quote, `delegations[${i}].quote`);
  });
  data.statusChanges.forEach((change, i) => {
    ref(ids.country, 'country', change.countryId, `statusChanges[${i}].countryId`);
    ref(ids.decision, 'decision', change.decisionId, `statusChanges[${i}].decisionId`);
    quoted(change.quote, `statusChanges[${i}].quote`);
  });
  data.organisations.forEach((organisation, i) =>
    quoted(organisation.quote, `organisations[${i}].quote`),
  );
  data.decisions.forEach((decision, i) => {
    const at = `decisions[${i}]`;
    ref(ids.area, 'area', decision.areaId, `${at}.areaId`);
    decision.stateIds.forEach((id, j) => ref(ids.country, 'country', id, `${at}.stateIds[${j}]`));
    decision.organisationIds.forEach((id, j) =>
      ref(ids.organisation, 'organisation', id, `${at}.organisationIds[${j}]`),
    );
    decision.meetingLinks.forEach((link, j) =>
      ref(ids.meeting, 'meeting', link.meetingId, `${at}.meetingLinks[${j}].meetingId`),
    );
    decision.periods.forEach((period, j) => {
      ordered(period.start, period.end, `${at}.periods[${j}]`);
      ref(ids.country, 'country', period.countryId, `${at}.periods[${j}].countryId`);
    });
    decision.appointments?.forEach((appointment, j) =>
      ref(ids.country, 'country', appointment.countryId, `${at}.appointments[${j}].countryId`),
    );
    quoted(decision.quote, `${at}.quote`);
  });
  return problems;
}

/**
 * Finds the paragraph holding a quote. Records mostly follow the text's order, so the search
 * starts at the paragraph of the previous hit: a large dataset validates in linear time
 * instead of scanning every paragraph for every quote.
 */
export function quoteFinder(paragraphs: readonly string[]): (quote: string) => number {
  let last = 0;
  return (quote) => {
    const count = paragraphs.length;
    for (let step = 0; step < count; step++) {
      const index = (last + step) % count;
      if (paragraphs[index]?.includes(quote)) {
        last = index;
        return index;
      }
    }
    return -1;
  };
}

function idSet(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id));
}

function checkUniqueIds(records: readonly { id: string }[], path: string, problems: Problem[]) {
  checkUnique(
    records.map((record) => record.id),
    path,
    'id',
    problems,
  );
}

function checkUnique(values: readonly string[], path: string, field: string, problems: Problem[]) {
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
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
