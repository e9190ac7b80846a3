/**
 * A problem found in a data file, and how it is written: `meetings[3].end: …`. Apart from the
 * validator, so that the page can list problems without loading zod and the schema.
 */

export interface Problem {
  /** Where: `meetings[3].end`, `decisions[0].meetingLinks[1].meetingId`. */
  path: string;
  /** What, in English: for the command line, logs and the tests. */
  message: string;
  /** What, as a code and values, for the page to word in its language (i18n/problem-text.ts). */
  detail?: ProblemDetail;
}

/**
 * The kinds of problem. `type` and `found` are parts of others: what a field expects
 * (`a calendar date`), and what the file has there (`the number 2012`).
 */
export type ProblemCode =
  | 'missing'
  | 'missingExpected'
  | 'wrongType'
  | 'oneOf'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'tooSmall'
  | 'tooBig'
  | 'notValid'
  | 'rule'
  | 'unknown'
  | 'notQuoted'
  | 'endBeforeStart'
  | 'duplicate'
  | 'wrongHost'
  | 'notDatasetObject'
  | 'notListed'
  | 'notJson'
  | 'type'
  | 'found';

export interface ProblemDetail {
  code: ProblemCode;
  values?: Readonly<Record<string, string | number | ProblemDetail>>;
}

/** A JSON value as a problem names it: `the number 2012`, `the text "abc"`, `a list`, `nothing`. */
export function foundDetail(value: unknown): ProblemDetail {
  const found = (kind: string, shown = ''): ProblemDetail => ({ code: 'found', values: { kind, value: shown } });
  if (value === null) return found('null');
  if (value === undefined) return found('nothing');
  if (Array.isArray(value)) return found('list');
  switch (typeof value) {
    case 'string':
      return value === '' ? found('emptyText') : found('text', value.length > 40 ? `${value.slice(0, 39)}…` : value);
    case 'number':
      return found('number', String(value));
    case 'boolean':
      return found('other', String(value));
    default:
      return found('object');
  }
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
