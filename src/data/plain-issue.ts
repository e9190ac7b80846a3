/**
 * zod's issues in plain words. zod/mini carries no message catalogue, so a wrong type reads
 * "Invalid input"; here it says what was expected and what was found:
 * `meetings[0].start: expected text (a calendar date), found the number 2012`.
 * Messages the schema gives itself ("must not be empty") are kept. Each comes in English (for
 * the command line) and as a detail the page words in its language. A chunk of its own,
 * loaded by validate.ts, itself a chunk of its own beside the data.
 */
import type * as z from 'zod/mini';
import { foundDetail, type ProblemDetail } from './problem';
import { RULE_MESSAGES } from './schema';

/** The English of a found value's kinds that carry no value of their own. */
const FOUND_WORDS: Readonly<Record<string, string>> = {
  null: 'null',
  nothing: 'nothing',
  list: 'a list',
  emptyText: 'empty text',
  object: 'an object',
};

/**
 * A JSON value in plain words, `the number 2012`, `the text "abc"`, `a list`, `nothing`: the
 * English of foundDetail, which sorts the value and shortens it (`validation.found`).
 */
function describeValue(value: unknown): string {
  const { kind, value: shown } = foundDetail(value).values as { kind: string; value: string };
  if (kind === 'text') return `the text "${shown}"`;
  if (kind === 'number') return `the number ${shown}`;
  return FOUND_WORDS[kind] ?? shown;
}

/** zod's type names, as the messages name them (`validation.type`). */
const TYPE_KEYS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'number',
  int: 'int',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
  null: 'null',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  text: 'text',
  date: 'text (a calendar date)',
  id: 'text (an id)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  object: 'an object',
  null: 'null',
};

const DATE_KEYS = new Set(['start', 'end', 'date']);

/** What a field expects, said for its key: a date or an id is text of a particular kind. */
function expectedType(expected: string, key: PropertyKey | undefined): string {
  const type = TYPE_KEYS[expected] ?? expected;
  if (type !== 'text' || typeof key !== 'string') return type;
  if (DATE_KEYS.has(key)) return 'date';
  if (key === 'id' || key.endsWith('Id')) return 'id';
  return type;
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

const RULE_OF_MESSAGE = new Map<string, string>(
  Object.entries(RULE_MESSAGES).map(([rule, message]) => [message, rule]),
);

export interface PlainIssue {
  message: string;
  detail: ProblemDetail;
}

export function plainIssue(issue: z.core.$ZodIssue, input: unknown): PlainIssue {
  const plain = (message: string, code: ProblemDetail['code'], values?: ProblemDetail['values']) =>
    ({ message, detail: values ? { code, values } : { code } }) as PlainIssue;
  if (issue.message !== DEFAULT_MESSAGE) {
    const rule = RULE_OF_MESSAGE.get(issue.message) ?? issue.message;
    return plain(issue.message, 'rule', { rule });
  }
  const found = valueAt(input, issue.path);
  const foundText = describeValue(found);
  switch (issue.code) {
    case 'invalid_type': {
      const type = expectedType(issue.expected, issue.path.at(-1));
      const expected = TYPE_NAMES[type] ?? type;
      const typeDetail: ProblemDetail = { code: 'type', values: { type } };
      return found === undefined
        ? plain(`is missing (expected ${expected})`, 'missingExpected', { expected: typeDetail })
        : plain(`expected ${expected}, found ${foundText}`, 'wrongType', {
            expected: typeDetail,
            found: foundDetail(found),
          });
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return plain(`expected one of ${values}, found ${foundText}`, 'oneOf', { values, found: foundDetail(found) });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const [word, limit] = small ? ['least', issue.minimum] : ['most', issue.maximum];
      if (issue.origin === 'array') {
        const n = Number(limit);
        return plain(`must have at ${word} ${n} item${n === 1 ? '' : 's'}`, small ? 'tooFewItems' : 'tooManyItems', { n });
      }
      return plain(`must be at ${word} ${String(limit)}, found ${foundText}`, small ? 'tooSmall' : 'tooBig', {
        limit: String(limit),
        found: foundDetail(found),
      });
    }
    default:
      return plain(`is not valid: found ${foundText}`, 'notValid', { found: foundDetail(found) });
  }
}
