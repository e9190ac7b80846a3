import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { rawDatasetJson } from '../test/fixtures';
import { compiledDatasetSchema } from './compiled-schema';
import { datasetSchema } from './schema';
import { formatPath } from './problem';
import { loadCompiledSchema, validateDataset } from './validate';
import { claimedMeetings } from './validator-chunk';

/** What a parse tells the validator: the value, or each problem's path and message. */
function outcome(result: z.core.util.SafeParseResult<unknown>) {
  return result.success
    ? { value: result.data }
    : { problems: result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
}

/** Every place in a JSON value: a path of keys and indexes, the root's children and below. */
function placesOf(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: PropertyKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<PropertyKey, unknown>)[key];
    return [[...path, key], ...placesOf(child, [...path, key])];
  });
}

/** A copy of `json` with the value at `path` replaced, or its key removed. */
function withValue(json: unknown, path: PropertyKey[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(json);
  let parent = copy as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const last = path.at(-1)!;
  if (remove) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

const places = placesOf(rawDatasetJson);
/** Values that break a field in each way the schema knows, and some that happen to fit. */
const replacement = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    ' padded ',
    'Not-A-Slug',
    'slug-ok',
    '2012-02-30',
    '2012-02-29',
    '2013',
    'AB',
    '123',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(null, true, false, [], {}, 91, -181, 1.5),
);

describe('the compiled dataset schema', () => {
  it('compiles: zod does not fall back to the interpreter for it', () => {
    expect(() => z.compile(datasetSchema, { strict: true })).not.toThrow();
  });

  it('gives the real dataset the same value as the schema', () => {
    expect(outcome(compiledDatasetSchema.safeParse(rawDatasetJson))).toEqual(
      outcome(datasetSchema.safeParse(rawDatasetJson)),
    );
  });

  it('gives any one-field change of it the same value or the same problems (property)', () => {
    fc.assert(
      fc.property(fc.nat(places.length - 1), replacement, fc.boolean(), (index, value, remove) => {
        const json = withValue(rawDatasetJson, places[index]!, value, remove);
        expect(outcome(compiledDatasetSchema.safeParse(json))).toEqual(
          outcome(datasetSchema.safeParse(json)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("leaves validateDataset's answers as they were once it is in use", async () => {
    await loadCompiledSchema();
    const json = withValue(rawDatasetJson, ['meetings', 0, 'start'], '2012-02-30', false);
    expect(validateDataset(json)).toEqual({
      ok: false,
      problems: [
        {
          path: 'meetings[0].start',
          message: 'must be a calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
        },
      ],
    });
  });
});

describe('claimedMeetings', () => {
  it('counts the meetings a file holds, and reads anything else as none', () => {
    expect(claimedMeetings(rawDatasetJson)).toBe(15);
    for (const json of [null, 3, 'x', [], {}, { meetings: 'many' }]) expect(claimedMeetings(json)).toBe(0);
  });
});
