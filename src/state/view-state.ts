/**
 * The query-string contract: the one place that knows parameter names, their order,
 * their defaults and how a raw value becomes a valid view. Parameters are a public API:
 * names never change once shipped.
 *
 * `parseViewState` never throws. A value it cannot use is dropped and reported as a
 * notice, so a mistyped or outdated link still opens a working page.
 */
import { isDayDate } from '../lib/calendar-date';
import { parseLanguage } from '../lib/language';
import type { Message } from '../i18n/translate';

export const GROUPS = ['ministry', 'city', 'country', 'category'] as const;
export type GroupBy = (typeof GROUPS)[number];
export const DEFAULT_GROUP: GroupBy = 'ministry';
/** Older or alternative spellings of `group` values that links may carry. */
const GROUP_ALIASES: Record<string, GroupBy> = { area: 'category', format: 'ministry' };

/** The map shows roles as they stood before the summit's decisions, or after (the default). */
export const ROLE_MOMENTS = ['after', 'before'] as const;
export type RoleMoment = (typeof ROLE_MOMENTS)[number];


/** The longest search we keep; longer ones are cut (a link may carry anything). */
export const MAX_QUERY_LENGTH = 200;

export interface ViewState {
  /** Selected meeting id. */
  event: string | null;
  /** Selected decision id. */
  decision: string | null;
  /** Selected state (country id) on the map. */
  state: string | null;
  city: string[];
  ministry: string[];
  country: string[];
  category: string[];
  /** Decision-area filter. */
  area: string[];
  /** Inclusive date range, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  q: string;
  group: GroupBy;
  /** Map roles before or after the summit's status decisions. */
  roles: RoleMoment;
}

/** Every parameter, in the order they are written to the URL. */
export const PARAMS = [
  'event',
  'decision',
  'state',
  'city',
  'ministry',
  'country',
  'category',
  'area',
  'from',
  'to',
  'q',
  'group',
  'roles',
  'dataset',
  'lang',
  // A user's published file (https, same-site path, or localhost) and a user's file kept in
  // this browser: read by data-source.ts, before any dataset is loaded.
  'data',
  'file',
] as const;
export type ParamName = (typeof PARAMS)[number];

export const EMPTY_VIEW: ViewState = {
  event: null,
  decision: null,
  state: null,
  city: [],
  ministry: [],
  country: [],
  category: [],
  area: [],
  from: null,
  to: null,
  q: '',
  group: DEFAULT_GROUP,
  roles: 'after',
};

/** A record a parameter may name: matched by id or display name, case-insensitively. */
export interface NamedRecord {
  id: string;
  name: string;
}

/** The records each parameter may name, drawn from the loaded dataset. */
export interface NamesByParam {
  event: readonly NamedRecord[];
  decision: readonly NamedRecord[];
  state: readonly NamedRecord[];
  city: readonly NamedRecord[];
  ministry: readonly NamedRecord[];
  country: readonly NamedRecord[];
  category: readonly NamedRecord[];
  area: readonly NamedRecord[];
}

/** What the parser resolves values against. */
export interface Vocabulary extends NamesByParam {
  /**
   * The ids a parameter's records are indexed by, where the dataset has an index: a link's
   * value is most often an exact id, found there without listing (or scanning) the records,
   * which for 100,000 meetings would cost a selection its frame. A name, or another case,
   * still resolves through the records.
   */
  ids?: Partial<Record<keyof NamesByParam, { has: (id: string) => boolean }>>;
}

export interface Notice {
  param: ParamName;
  /** The raw value as it came, shown to the reader as plain text. */
  value: string;
  /** What was wrong, worded in the reader's language when shown. */
  message: Message;
}

export interface ParsedView {
  view: ViewState;
  notices: Notice[];
}

const SINGLE_KEYS = ['event', 'decision', 'state'] as const;
const LIST_KEYS = ['city', 'ministry', 'country', 'category', 'area'] as const;
type ListKey = (typeof LIST_KEYS)[number];


/** A parameter's value as an id: through the parameter's index of ids, else resolveId. */
function resolveIn(vocabulary: Vocabulary, key: keyof NamesByParam, raw: string): string | null {
  return vocabulary.ids?.[key]?.has(raw.trim()) ? raw.trim() : resolveId(vocabulary[key], raw);
}

/** Resolves a raw value to an id: exact id first, then id or name ignoring case. */
export function resolveId(records: readonly NamedRecord[], raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const exact = records.find((r) => r.id === value);
  if (exact) return exact.id;
  const lower = value.toLowerCase();
  const match = records.find((r) => r.id.toLowerCase() === lower || r.name.toLowerCase() === lower);
  return match ? match.id : null;
}

/** A notice quotes a raw value cut to this length, so a 10,000-character link cannot flood the page. */
export const NOTICE_VALUE_LENGTH = 60;
/** A notice names at most this many values of one parameter, then counts the rest. */
export const MAX_NOTICE_VALUES = 5;

/** Shortens a raw value for a notice. */
export function shortValue(raw: string): string {
  return raw.length > NOTICE_VALUE_LENGTH ? `${raw.slice(0, NOTICE_VALUE_LENGTH - 1)}…` : raw;
}
const shown = shortValue;

/**
 * Notices for values of one parameter: deduplicated, the first MAX_NOTICE_VALUES named (each
 * cut short), the rest counted in one last notice, so that a link with thousands of bad
 * values gives a notice of a few lines.
 */
function noticeEach(
  notices: Notice[],
  param: ParamName,
  values: readonly string[],
  say: (shownValue: string) => Message,
  sayMore: (count: number) => Message,
): void {
  const unique = [...new Set(values)];
  for (const value of unique.slice(0, MAX_NOTICE_VALUES)) {
    notices.push({ param, value: shown(value), message: say(shown(value)) });
  }
  const more = unique.length - MAX_NOTICE_VALUES;
  if (more > 0) notices.push({ param, value: `+${more}`, message: sayMore(more) });
}

/** Dates are refused outside these years: the data's reach, and what a date box can show. */
const FIRST_YEAR = '1000';

// Control characters never belong in a search; a link may still carry them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/** Raw parameters: URLSearchParams, or a record of one value or several per name. */
export type RawParams =
  | URLSearchParams
  | Record<string, string | readonly string[] | null | undefined>;

function valuesOf(params: RawParams, key: ParamName): readonly string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === null || value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/**
 * A parameter given more than once (`city=a&city=b`): a list parameter merges its values
 * like a comma list (`city=a,b`); a single-valued one uses the first, and a notice names
 * the others as ignored.
 */
export function parseViewState(params: RawParams, vocabulary: Vocabulary): ParsedView {
  const notices: Notice[] = [];
  const get = (key: ParamName): string | null => {
    const [first = null, ...others] = valuesOf(params, key).filter((value) => value !== '');
    noticeEach(
      notices,
      key,
      others.filter((value) => value !== first),
      (value) => ({ id: 'notice.repeated', values: { value } }),
      (count) => ({ id: 'notice.repeatedMore', values: { count } }),
    );
    return first;
  };
  const view: ViewState = { ...EMPTY_VIEW };
  const unknown = (param: keyof NamesByParam, value: string) =>
    notices.push({ param, value: shown(value), message: { id: `notice.unknown.${param}`, values: { value: shown(value) } } });

  for (const key of SINGLE_KEYS) {
    const raw = get(key);
    if (raw === null || raw === '') continue;
    const id = resolveIn(vocabulary, key, raw);
    if (id) view[key] = id;
    else unknown(key, raw);
  }

  for (const key of LIST_KEYS) {
    const raw = valuesOf(params, key).join(',');
    if (raw === '') continue;
    view[key] = parseList(key, raw, vocabulary, notices);
  }

  const from = parseDay('from', get('from'), notices);
  const to = parseDay('to', get('to'), notices);
  if (from && to && from > to) {
    notices.push({ param: 'from', value: `${from} – ${to}`, message: { id: 'notice.fromAfterTo' } });
  } else {
    view.from = from;
    view.to = to;
  }

  const q = get('q');
  if (q) view.q = parseQuery(q, notices);

  const group = get('group');
  if (group) {
    const value = group.trim().toLowerCase();
    const resolved = (GROUPS as readonly string[]).includes(value)
      ? (value as GroupBy)
      : Object.hasOwn(GROUP_ALIASES, value)
        ? GROUP_ALIASES[value]
        : undefined;
    if (resolved) view.group = resolved;
    else notices.push({ param: 'group', value: shown(group), message: { id: 'notice.group', values: { groups: GROUPS.join(', ') } } });
  }
  const roles = get('roles');
  if (roles) {
    const value = roles.trim().toLowerCase();
    if ((ROLE_MOMENTS as readonly string[]).includes(value)) view.roles = value as RoleMoment;
    else notices.push({ param: 'roles', value: shown(roles), message: { id: 'notice.roles' } });
  }
  const lang = get('lang');
  if (lang && !parseLanguage(lang)) {
    notices.push({ param: 'lang', value: shown(lang), message: { id: 'notice.lang' } });
  }
  return { view, notices };
}

function parseList(
  key: ListKey,
  raw: string,
  vocabulary: Vocabulary,
  notices: Notice[],
): string[] {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(',')) {
    if (!part.trim()) continue;
    const id = resolveIn(vocabulary, key, part);
    if (!id) unknown.push(part);
    else if (!ids.includes(id)) ids.push(id);
  }
  noticeEach(
    notices,
    key,
    unknown,
    (value) => ({ id: `notice.unknown.${key}`, values: { value } }),
    (count) => ({ id: 'notice.unknownMore', values: { count } }),
  );
  return ids;
}

function parseDay(param: 'from' | 'to', raw: string | null, notices: Notice[]): string | null {
  if (raw === null || raw === '') return null;
  const value = raw.trim();
  if (!isDayDate(value)) {
    notices.push({ param, value: shown(raw), message: { id: 'notice.notADate', values: { value: shown(raw) } } });
  } else if (value < FIRST_YEAR) {
    // Four-digit years only (YYYY), so 9999 is the last; year 0 would draw an axis of 2,000 years.
    notices.push({ param, value, message: { id: 'notice.yearOutOfRange', values: { value } } });
  } else return value;
  return null;
}

/** Control characters become spaces; lone surrogates (unwritable in a URL) become U+FFFD. */
function parseQuery(raw: string, notices: Notice[]): string {
  let q = raw.replace(CONTROL_CHARS, ' ');
  if (q.length > MAX_QUERY_LENGTH) {
    notices.push({ param: 'q', value: shown(raw), message: { id: 'notice.queryCut', values: { count: MAX_QUERY_LENGTH } } });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  return q.toWellFormed();
}

/** The view as parameter values; `null` means “leave out of the URL” (defaults are never written). */
export function serialiseViewState(
  view: ViewState,
): Record<Exclude<ParamName, 'dataset' | 'data' | 'file' | 'lang'>, string | null> {
  const list = (ids: string[]) => (ids.length ? ids.join(',') : null);
  return {
    event: view.event,
    decision: view.decision,
    state: view.state,
    city: list(view.city),
    ministry: list(view.ministry),
    country: list(view.country),
    category: list(view.category),
    area: list(view.area),
    from: view.from,
    to: view.to,
    q: view.q === '' ? null : view.q,
    group: view.group === DEFAULT_GROUP ? null : view.group,
    roles: view.roles === 'after' ? null : view.roles,
  };
}

/** Encodes a query value, keeping the characters that are safe and readable in a query (`,` `:` `/`). */
function encodeValue(value: string): string {
  return encodeURIComponent(value.toWellFormed()).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** Writes parameters in contract order; `extra` (e.g. `dataset`) fits into that order too. */
export function toQueryString(view: ViewState, extra: Partial<Record<ParamName, string | null>> = {}): string {
  const values: Partial<Record<ParamName, string | null>> = { ...serialiseViewState(view), ...extra };
  const parts: string[] = [];
  for (const key of PARAMS) {
    const value = values[key];
    if (value !== null && value !== undefined && value !== '') parts.push(`${key}=${encodeValue(value)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Orders any URLSearchParams by the contract, unknown keys last in their own order. */
export function sortSearchParams(search: URLSearchParams): URLSearchParams {
  const rank = (key: string) => {
    const index = (PARAMS as readonly string[]).indexOf(key);
    return index === -1 ? PARAMS.length : index;
  };
  const entries = [...search.entries()].sort(([a], [b]) => rank(a) - rank(b));
  return new URLSearchParams(entries);
}
