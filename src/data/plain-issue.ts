/**
 * zod's issues in plain words. zod/mini carries no message catalogue, so a wrong type reads
 * "Invalid input"; here it says what was expected and what was found:
 * `meetings[0].start: expected text (a calendar date), found the number 2012`.
 * Messages the schema gives itself ("must not be empty") are kept. A chunk of its own, loaded
 * by validate.ts, itself a chunk of its own beside the data.
 */
import type * as z from 'zod/mini';

/** A JSON value in plain words: `the number 2012`, `the text "abc"`, `a list`, `nothing`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    default:
      return 'an object';
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const DATE_KEYS = new Set(['start', 'end', 'date']);

/** What a field expects, said for its key: a date or an id is text of a particular kind. */
function expectedText(expected: string, key: PropertyKey | undefined): string {
  const name = TYPE_NAMES[expected] ?? expected;
  if (expected !== 'string' || typeof key !== 'string') return name;
  if (DATE_KEYS.has(key)) return 'text (a calendar date)';
  if (key === 'id' || key.endsWith('Id')) return 'text (an id)';
  return name;
}

/** The value at a path of the input, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's default message, given where the schema names none. */
const DEFAULT_MESSAGE = 'Invalid input';

export function plainIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.message !== DEFAULT_MESSAGE) return issue.message;
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedText(issue.expected, issue.path.at(-1));
      return found === undefined ? `is missing (expected ${expected})` : `expected ${expected}, found ${describeValue(found)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `expected one of ${values}, found ${describeValue(found)}`;
    }
    case 'too_small':
    case 'too_big': {
      const [word, limit] = issue.code === 'too_small' ? ['least', issue.minimum] : ['most', issue.maximum];
      if (issue.origin === 'array') {
        const n = Number(limit);
        return `must have at ${word} ${n} item${n === 1 ? '' : 's'}`;
      }
      return `must be at ${word} ${String(limit)}, found ${describeValue(found)}`;
    }
    default:
      return `is not valid: found ${describeValue(found)}`;
  }
}
