import { describe, expect, it } from 'vitest';
import manifestJson from '../../public/data/datasets.json';
import pressRelease from '../../public/data/sco-2012-beijing-press-release.txt?raw';
import { cloneDataset, rawDatasetJson, realDataset } from '../test/fixtures';
import { quoteFinder } from './quote-finder';
import type { CompleteDataset, Dataset } from './schema';
import * as validator from './validate';
import { formatPath, formatProblem, type Problem, type ValidationResult } from './problem';
import { loadedTranslate } from '../i18n/translate';
import { problemText } from '../i18n/problem-text';
import { word } from '../i18n/word';

const en = loadedTranslate('en')!;

/**
 * Every problem is said twice: in English for the command line (`message`), and as a detail
 * the page words in its language. Each problem these tests see is checked to say the same in
 * both, and then compared by its path and English words alone.
 */
function sameInBoth(problems: Problem[]): Problem[] {
  return problems.map((problem) => {
    expect(problem.detail, `${formatProblem(problem)}: no detail for the page`).toBeDefined();
    expect(word(en, problemText(problem))).toBe(formatProblem(problem));
    return { path: problem.path, message: problem.message };
  });
}
const checked = <T,>(result: ValidationResult<T>): ValidationResult<T> =>
  result.ok ? result : { ok: false, problems: sameInBoth(result.problems) };
const validateDataset = (...args: Parameters<typeof validator.validateDataset>) =>
  checked(validator.validateDataset(...args));
const validateManifest = (json: unknown) => checked(validator.validateManifest(json));
const crossCheck = (data: Dataset) => sameInBoth(validator.crossCheck(data));


function problemsOf(json: unknown): Problem[] {
  const result = validateDataset(json);
  return result.ok ? [] : result.problems;
}

/** Applies a change to a fresh copy of the real dataset and returns the problems found. */
function problemsAfter(change: (data: CompleteDataset) => void): Problem[] {
  const data = cloneDataset();
  change(data);
  return problemsOf(data);
}

function meetingIndex(data: Dataset, id: string): number {
  const index = data.meetings.findIndex((m) => m.id === id);
  if (index === -1) throw new Error(`no meeting ${id}`);
  return index;
}

function decisionIndex(data: Dataset, id: string): number {
  const index = data.decisions.findIndex((d) => d.id === id);
  if (index === -1) throw new Error(`no decision ${id}`);
  return index;
}

describe('validateDataset on the real dataset', () => {
  it('validates with no problems', () => {
    const result = validateDataset(rawDatasetJson);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('returns the data unchanged (texts are already trimmed)', () => {
    const result = validateDataset(rawDatasetJson);
    expect(result.ok && result.value).toEqual(rawDatasetJson);
  });

  it('crossCheck finds nothing in the real dataset', () => {
    expect(crossCheck(realDataset)).toEqual([]);
  });
});

describe('validateDataset: each kind of break names its record and field', () => {
  it('a wrong date', () => {
    const problems = problemsAfter((d) => {
      d.meetings[0]!.start = '2012-13-45';
    });
    expect(problems).toEqual([
      { path: 'meetings[0].start', message: expect.stringContaining('must be a calendar date') },
    ]);
  });

  it('an impossible leap day in a period', () => {
    const data = cloneDataset();
    const i = data.decisions.findIndex((d) => d.periods.length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    data.decisions[i]!.periods[0]!.start = '2011-02-29';
    expect(problemsOf(data)).toEqual([
      { path: `decisions[${i}].periods[0].start`, message: expect.stringContaining('calendar date') },
    ]);
  });

  it('an end before its start', () => {
    const data = cloneDataset();
    const n = meetingIndex(data, 'attorneys-general-2012'); // 5–6 June 2012
    data.meetings[n]!.end = '2012-06-04';
    const problems = problemsOf(data);
    expect(problems).toEqual([{ path: `meetings[${n}].end`, message: expect.stringContaining('before start') }]);
    expect(problems[0]!.message).toBe('2012-06-04 is before start 2012-06-05');
  });

  it('an end in the same month as a day start is not "before" it', () => {
    const data = cloneDataset();
    const n = meetingIndex(data, 'attorneys-general-2012');
    data.meetings[n]!.end = '2012-06'; // month precision: covers to 30 June
    expect(problemsOf(data)).toEqual([]);
  });

  it('a period ending before it starts', () => {
    const data = cloneDataset();
    const i = data.decisions.findIndex((d) => d.periods.length > 0);
    const period = data.decisions[i]!.periods[0]!;
    period.end = '1999';
    expect(problemsOf(data)).toContainEqual({
      path: `decisions[${i}].periods[0].end`,
      message: expect.stringContaining('before start'),
    });
  });

  it('the source dates out of order', () => {
    const problems = problemsAfter((d) => {
      d.source.end = '2012-06-05';
    });
    expect(problems).toEqual([{ path: 'source.end', message: expect.stringContaining('before start') }]);
  });

  it('a meeting in an unknown city', () => {
    const problems = problemsAfter((d) => {
      d.meetings[2]!.cityId = 'paris';
    });
    expect(problems).toEqual([{ path: 'meetings[2].cityId', message: 'unknown city "paris"' }]);
  });

  it('a meeting with an unknown format', () => {
    const problems = problemsAfter((d) => {
      d.meetings[4]!.formatId = 'tea-ceremony';
    });
    expect(problems).toEqual([{ path: 'meetings[4].formatId', message: 'unknown format "tea-ceremony"' }]);
  });

  it('a decision linking to an unknown meeting', () => {
    const data = cloneDataset();
    const i = decisionIndex(data, 'security-threats');
    data.decisions[i]!.meetingLinks[1]!.meetingId = 'no-such-meeting';
    expect(problemsOf(data)).toEqual([
      { path: `decisions[${i}].meetingLinks[1].meetingId`, message: 'unknown meeting "no-such-meeting"' },
    ]);
  });

  it('other dangling references: state, organisation, area, decision, category, country', () => {
    const data = cloneDataset();
    const withStates = data.decisions.findIndex((d) => d.stateIds.length > 0);
    const withOrgs = data.decisions.findIndex((d) => d.organisationIds.length > 0);
    expect(withStates).toBeGreaterThanOrEqual(0);
    expect(withOrgs).toBeGreaterThanOrEqual(0);
    data.decisions[withStates]!.stateIds[0] = 'atlantis';
    data.decisions[withOrgs]!.organisationIds[0] = 'nato';
    data.decisions[0]!.areaId = 'sport';
    data.statusChanges[0]!.decisionId = 'missing-decision';
    data.formats[0]!.categoryId = 'leisure';
    data.chair.countryId = 'france';
    data.reference.cities[0]!.countryId = 'ruritania';
    const problems = problemsOf(data);
    expect(problems).toContainEqual({
      path: `decisions[${withStates}].stateIds[0]`,
      message: 'unknown country "atlantis"',
    });
    expect(problems).toContainEqual({
      path: `decisions[${withOrgs}].organisationIds[0]`,
      message: 'unknown organisation "nato"',
    });
    expect(problems).toContainEqual({ path: 'decisions[0].areaId', message: 'unknown area "sport"' });
    expect(problems).toContainEqual({
      path: 'statusChanges[0].decisionId',
      message: 'unknown decision "missing-decision"',
    });
    expect(problems).toContainEqual({ path: 'formats[0].categoryId', message: 'unknown category "leisure"' });
    expect(problems).toContainEqual({ path: 'chair.countryId', message: 'unknown country "france"' });
    expect(problems).toContainEqual({
      path: 'reference.cities[0].countryId',
      message: 'unknown country "ruritania"',
    });
  });

  it('a duplicate meeting id, reported at the second occurrence', () => {
    const problems = problemsAfter((d) => {
      d.meetings[5]!.id = d.meetings[1]!.id;
    });
    const duplicates = problems.filter((p) => p.message.includes('duplicate'));
    expect(duplicates).toEqual([
      { path: 'meetings[5].id', message: `duplicate "${realDataset.meetings[1]!.id}" (also meetings[1])` },
    ]);
  });

  it('a duplicate delegation country', () => {
    const problems = problemsAfter((d) => {
      d.delegations[3]!.countryId = d.delegations[0]!.countryId;
    });
    expect(problems).toContainEqual({
      path: 'delegations[3].countryId',
      message: expect.stringContaining('duplicate'),
    });
  });

  it('a duplicate paragraph id', () => {
    const problems = problemsAfter((d) => {
      d.source.paragraphs[7]!.id = d.source.paragraphs[2]!.id;
    });
    expect(problems).toEqual([
      { path: 'source.paragraphs[7].id', message: expect.stringContaining('duplicate') },
    ]);
  });

  it('a quote not in the source', () => {
    const problems = problemsAfter((d) => {
      d.meetings[0]!.quote = 'of ministers of magic (September 28, 2011 in Dushanbe)';
    });
    expect(problems).toEqual([{ path: 'meetings[0].quote', message: expect.stringContaining('not found verbatim') }]);
    expect(problems[0]!.message).toContain('of ministers of magic');
  });

  it('a quote changed by one letter is not verbatim', () => {
    const data = cloneDataset();
    const i = data.decisions.length - 1;
    const quote = data.decisions[i]!.quote;
    data.decisions[i]!.quote = quote.slice(0, -1) + (quote.endsWith('X') ? 'Y' : 'X');
    expect(problemsOf(data)).toEqual([
      { path: `decisions[${i}].quote`, message: expect.stringContaining('not found verbatim') },
    ]);
  });

  it('quotes of every kind of record are checked', () => {
    const problems = problemsAfter((d) => {
      d.chair.quote = 'Nobody chaired.';
      d.delegations[1]!.quote = 'Nobody came.';
      d.statusChanges[1]!.quote = 'Nothing changed.';
      d.organisations[2]!.quote = 'Nobody else.';
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'chair.quote',
      'delegations[1].quote',
      'organisations[2].quote',
      'statusChanges[1].quote',
    ]);
    expect(problems.every((p) => p.message.includes('not found verbatim'))).toBe(true);
  });

  it('a long missing quote is shortened in the message', () => {
    const problems = problemsAfter((d) => {
      d.meetings[0]!.quote = 'z'.repeat(500);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`"${'z'.repeat(79)}…"`);
    expect(problems[0]!.message).not.toContain('z'.repeat(80));
  });

  it('a quote that is too short', () => {
    const problems = problemsAfter((d) => {
      d.meetings[0]!.quote = 'of';
    });
    expect(problems).toEqual([{ path: 'meetings[0].quote', message: 'must quote the source' }]);
  });

  it('coordinates out of range', () => {
    const problems = problemsAfter((d) => {
      d.reference.cities[0]!.lat = 95;
      d.reference.cities[1]!.lon = -181;
    });
    expect(problems).toContainEqual({ path: 'reference.cities[0].lat', message: 'latitude out of range' });
    expect(problems).toContainEqual({ path: 'reference.cities[1].lon', message: 'longitude out of range' });
    expect(problems).toHaveLength(2);
  });

  it('coordinates at the limits are fine', () => {
    const problems = problemsAfter((d) => {
      d.reference.cities[0]!.lat = -90;
      d.reference.cities[0]!.lon = 180;
    });
    expect(problems).toEqual([]);
  });

  it('a host country inconsistent with its city', () => {
    const data = cloneDataset();
    const n = meetingIndex(data, 'emergency-relief-2011'); // Dushanbe, Tajikistan
    data.meetings[n]!.hostCountryId = 'china';
    expect(problemsOf(data)).toEqual([
      { path: `meetings[${n}].hostCountryId`, message: '"china" but dushanbe is in tajikistan' },
    ]);
  });

  it('an unknown host country is reported as unknown and as inconsistent', () => {
    const data = cloneDataset();
    const n = meetingIndex(data, 'audit-2012'); // Shanghai, China
    data.meetings[n]!.hostCountryId = 'narnia';
    const problems = problemsOf(data);
    expect(problems).toContainEqual({ path: `meetings[${n}].hostCountryId`, message: 'unknown country "narnia"' });
    expect(problems).toContainEqual({
      path: `meetings[${n}].hostCountryId`,
      message: expect.stringContaining('shanghai is in china'),
    });
  });

  it('a non-slug id', () => {
    for (const id of ['Emergency Relief', 'UPPER', 'trailing-', '-leading', 'double--hyphen', 'under_score', '']) {
      const problems = problemsAfter((d) => {
        d.meetings[0]!.id = id;
      });
      expect(problems, id).toEqual([{ path: 'meetings[0].id', message: expect.stringContaining('slug') }]);
    }
  });

  it('an empty or blank title', () => {
    const problems = problemsAfter((d) => {
      d.meetings[1]!.title = '   ';
    });
    expect(problems).toEqual([{ path: 'meetings[1].title', message: 'must not be empty' }]);
  });

  it('a missing field or a field of the wrong type', () => {
    const problems = problemsAfter((d) => {
      delete (d.meetings[0] as Partial<Dataset['meetings'][number]>).title;
      (d.reference.cities[0] as unknown as { lat: unknown }).lat = '39.9';
      (d.meetings[1] as unknown as { summit: unknown }).summit = 'yes';
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'meetings[0].title',
      'meetings[1].summit',
      'reference.cities[0].lat',
    ]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('a wrong type says what was expected and what was found, in plain words', () => {
    const problems = problemsAfter((d) => {
      (d.meetings[0] as unknown as { start: unknown }).start = 2012;
      delete (d.meetings[1] as Partial<Dataset['meetings'][number]>).title;
      (d.meetings[2] as unknown as { summit: unknown }).summit = 'yes';
      (d.meetings[3] as unknown as { cityId: unknown }).cityId = null;
      (d.reference.cities[0] as unknown as { lat: unknown }).lat = '39.9';
      (d.delegations[0] as unknown as { role: string }).role = 'emperor';
      (d.decisions[0] as unknown as { documents: unknown }).documents = {};
      d.source.paragraphs = [];
    });
    expect(problems.map(formatProblem).sort()).toEqual([
      'decisions[0].documents: expected a list, found an object',
      'delegations[0].role: expected one of "member", "observer", "guest", "dialogue-partner", found the text "emperor"',
      'meetings[0].start: expected text (a calendar date), found the number 2012',
      'meetings[1].title: is missing (expected text)',
      'meetings[2].summit: expected true or false, found the text "yes"',
      'meetings[3].cityId: expected text (an id), found null',
      'reference.cities[0].lat: expected a number, found the text "39.9"',
      'source.paragraphs: must have at least 1 item',
    ]);
    expect(problems.some((p) => p.message === 'Invalid input')).toBe(false);
  });

  it('an unknown role and a malformed country code', () => {
    const problems = problemsAfter((d) => {
      (d.delegations[0] as unknown as { role: string }).role = 'emperor';
      d.reference.countries[0]!.iso2 = 'kz';
      d.reference.countries[1]!.isoNumeric = '12';
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'delegations[0].role',
      'reference.countries[0].iso2',
      'reference.countries[1].isoNumeric',
    ]);
    expect(problems.find((p) => p.path === 'reference.countries[0].iso2')!.message).toBe(
      'must be two capital letters',
    );
  });

  it('an empty source', () => {
    const problems = problemsAfter((d) => {
      d.source.paragraphs = [];
    });
    expect(problems.map((p) => p.path)).toEqual(['source.paragraphs']);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'dataset'],
    ['a number', 42],
    ['undefined', undefined],
  ])('a non-object input (%s) fails at the root without throwing', (_, input) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('');
    expect(result.problems[0]!.message).not.toBe('');
    // With no path, the formatted problem is the message alone (no leading ": ").
    expect(formatProblem(result.problems[0]!)).toBe(result.problems[0]!.message);
  });

  it('an empty object names every missing top-level field', () => {
    const problems = problemsOf({});
    const paths = problems.map((p) => p.path);
    for (const field of ['id', 'title', 'version', 'source', 'reference', 'meetings', 'decisions', 'chair']) {
      expect(paths).toContain(field);
    }
  });
});

describe('formatProblem and formatPath', () => {
  it('formats meetings[3].end: …', () => {
    const data = cloneDataset();
    const start = data.meetings[3]!.start;
    data.meetings[3]!.end = '2011-01-01';
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(`meetings[3].end: 2011-01-01 is before start ${start}`);
  });

  it('writes the message alone when there is no path', () => {
    expect(formatProblem({ path: '', message: 'cannot read JSON' })).toBe('cannot read JSON');
  });

  it('joins keys with dots and indices with brackets', () => {
    expect(formatPath(['meetings', 3, 'end'])).toBe('meetings[3].end');
    expect(formatPath(['decisions', 0, 'meetingLinks', 1, 'meetingId'])).toBe(
      'decisions[0].meetingLinks[1].meetingId',
    );
    expect(formatPath(['source', 'paragraphs'])).toBe('source.paragraphs');
    expect(formatPath([])).toBe('');
    expect(formatPath([2, 'id'])).toBe('[2].id');
  });
});

describe('validateManifest', () => {
  it('passes on public/data/datasets.json', () => {
    const result = validateManifest(manifestJson);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.defaultDataset).toBe('sco-2012-beijing');
  });

  it('lists the real dataset file under its own id', () => {
    const entry = manifestJson.datasets.find((d) => d.id === manifestJson.defaultDataset);
    expect(entry?.file).toBe('sco-2012-beijing.json');
    expect(entry?.id).toBe(realDataset.id);
  });

  it('fails with a clear path when the default dataset is not listed', () => {
    const result = validateManifest({ ...structuredClone(manifestJson), defaultDataset: 'sco-2099-nowhere' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'defaultDataset', message: '"sco-2099-nowhere" is not listed in datasets' },
    ]);
  });

  it('fails on duplicate dataset ids, a bad file name, a bad meeting count and an empty list', () => {
    const entry = manifestJson.datasets[0]!;
    const duplicate = validateManifest({ ...manifestJson, datasets: [entry, { ...entry }] });
    expect(duplicate.ok ? [] : duplicate.problems).toEqual([
      { path: 'datasets[1].id', message: expect.stringContaining('duplicate') },
    ]);

    const badFile = validateManifest({ ...manifestJson, datasets: [{ ...entry, file: '../secrets.txt' }] });
    expect(badFile.ok ? [] : badFile.problems).toEqual([
      { path: 'datasets[0].file', message: 'must be a .json file name in public/data' },
    ]);

    const badCount = validateManifest({ ...manifestJson, datasets: [{ ...entry, meetings: 2.5 }] });
    expect(badCount.ok ? [] : badCount.problems.map((p) => p.path)).toEqual(['datasets[0].meetings']);
    const negative = validateManifest({ ...manifestJson, datasets: [{ ...entry, meetings: -1 }] });
    expect(negative.ok ? [] : negative.problems).toEqual([
      { path: 'datasets[0].meetings', message: 'must be a count of meetings, 0 or more' },
    ]);

    const empty = validateManifest({ defaultDataset: 'x', datasets: [] });
    expect(empty.ok ? [] : empty.problems.map((p) => p.path)).toEqual(['datasets']);
  });

  it('rejects a non-object', () => {
    expect(validateManifest(null).ok).toBe(false);
    expect(validateManifest([]).ok).toBe(false);
  });
});

describe('the dataset facts the product promises', () => {
  const meetings = realDataset.meetings;

  it('has 15 meetings', () => {
    expect(meetings).toHaveLength(15);
  });

  it('has exactly one summit: 6–7 June 2012 in Beijing', () => {
    const summits = meetings.filter((m) => m.summit === true);
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({
      id: 'beijing-summit-2012',
      start: '2012-06-06',
      end: '2012-06-07',
      cityId: 'beijing',
      hostCountryId: 'china',
      formatId: 'heads-of-state',
    });
  });

  it('has 14 other meetings, starting between 28 September 2011 and 6 June 2012', () => {
    const others = meetings.filter((m) => !m.summit);
    expect(others).toHaveLength(14);
    const starts = others.map((m) => m.start).sort();
    expect(starts[0]).toBe('2011-09-28');
    expect(starts.every((s) => s >= '2011-09-28' && s <= '2012-06-06')).toBe(true);
    // The last of them per the source: attorneys general, 5–6 June 2012 in Dushanbe.
    expect(others.find((m) => m.id === 'attorneys-general-2012')).toMatchObject({
      start: '2012-06-05',
      end: '2012-06-06',
    });
  });

  it('Dushanbe hosts exactly 3 meetings', () => {
    const inDushanbe = meetings.filter((m) => m.cityId === 'dushanbe').map((m) => m.id);
    expect(inDushanbe.sort()).toEqual(['attorneys-general-2012', 'emergency-relief-2011', 'trade-ministers-2011']);
  });

  it('has 6 member delegations, 4 observers and 2 guests', () => {
    const byRole = (role: string) => realDataset.delegations.filter((d) => d.role === role).map((d) => d.countryId);
    expect(byRole('member').sort()).toEqual(['china', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan']);
    expect(byRole('observer').sort()).toEqual(['india', 'iran', 'mongolia', 'pakistan']);
    expect(byRole('guest').sort()).toEqual(['afghanistan', 'turkmenistan']);
    expect(realDataset.delegations).toHaveLength(12);
  });

  it('records Afghanistan becoming an observer and Turkey a dialogue partner', () => {
    expect(realDataset.statusChanges.map((c) => [c.countryId, c.from, c.to])).toEqual([
      ['afghanistan', 'guest', 'observer'],
      ['turkey', null, 'dialogue-partner'],
    ]);
  });

  it('has the 6 organisations', () => {
    expect(realDataset.organisations.map((o) => o.id).sort()).toEqual(
      ['cis', 'csto', 'eurasec', 'rats', 'sco-secretariat', 'un'].sort(),
    );
  });

  it("every decision's quote occurs verbatim in a source paragraph", () => {
    const paragraphs = realDataset.source.paragraphs.map((p) => p.text);
    const missing = realDataset.decisions.filter((d) => !paragraphs.some((t) => t.includes(d.quote)));
    expect(missing.map((d) => d.id)).toEqual([]);
    expect(realDataset.decisions.length).toBeGreaterThan(0);
  });

  it('the paragraphs are the press release text file, split on blank lines', () => {
    const text = pressRelease.replace(/\r\n?/g, '\n');
    const fileParagraphs = text
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const paragraphs = realDataset.source.paragraphs.map((p) => p.text);
    expect(paragraphs).toEqual(fileParagraphs);
    expect(paragraphs.join('\n\n')).toBe(text.trim());
  });
});

describe('quoteFinder', () => {
  it('finds the paragraph holding a quote, in any order, and -1 for none', () => {
    const find = quoteFinder(['alpha beta', 'gamma delta', 'epsilon']);
    expect(find('delta')).toBe(1);
    expect(find('epsilon')).toBe(2);
    // Searching wraps around from the previous hit.
    expect(find('alpha')).toBe(0);
    expect(find('gamma')).toBe(1);
    expect(find('zeta')).toBe(-1);
    expect(find('beta gamma')).toBe(-1); // quotes do not span paragraphs
  });

  it('finds every quote of the real dataset in the paragraph that holds it', () => {
    const paragraphs = realDataset.source.paragraphs.map((p) => p.text);
    const find = quoteFinder(paragraphs);
    for (const quote of [...realDataset.decisions, ...realDataset.meetings].map((r) => r.quote)) {
      const index = find(quote);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(paragraphs[index]).toContain(quote);
    }
  });

  it('an empty source finds nothing', () => {
    expect(quoteFinder([])('anything')).toBe(-1);
  });
});

describe('validateDataset: a user’s chronology (strict: false)', () => {
  /** The real dataset without what only a bundled file must give. */
  function lenientCopy(): Dataset {
    const d: Dataset = cloneDataset();
    delete d.source;
    delete d.chair;
    delete d.meetings[0]!.quote;
    delete d.reference.cities[0]!.lat;
    delete d.reference.cities[0]!.lon;
    delete d.reference.countries[0]!.iso3;
    return d;
  }

  it('accepts a dataset without source, chair, quotes, coordinates or codes', () => {
    expect(validateDataset(lenientCopy(), { strict: false })).toMatchObject({ ok: true });
  });

  it('holds a bundled file (strict, the default) to each of them, by name', () => {
    const result = validateDataset(lenientCopy());
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'source',
        'chair',
        'meetings[0].quote',
        'reference.cities[0].lat',
        'reference.cities[0].lon',
        'reference.countries[0].iso3',
      ]),
    );
  });

  it('checks no quote when there is no source text to find it in', () => {
    const d = lenientCopy();
    d.meetings[1]!.quote = 'Words from a text the file does not include.';
    expect(validateDataset(d, { strict: false })).toMatchObject({ ok: true });
  });

  it('still checks quotes against a source the file gives', () => {
    const d: Dataset = cloneDataset();
    d.meetings[1]!.quote = 'Words the source does not have.';
    const result = validateDataset(d, { strict: false });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['meetings[1].quote']);
  });

  it('names an unknown per-row category and a url that is not http(s)', () => {
    const d = lenientCopy();
    d.meetings[2]!.categoryId = 'no-such-category';
    d.meetings[3]!.url = 'javascript:alert(1)';
    const result = validateDataset(d, { strict: false });
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain('meetings[3].url');
    const cross = crossCheck({
      ...d,
      meetings: d.meetings.map((m, i) => (i === 3 ? { ...m, url: undefined } : m)),
    });
    expect(cross).toEqual([
      { path: 'meetings[2].categoryId', message: 'unknown category "no-such-category"' },
    ]);
  });
});

describe('problems in the page’s language', () => {
  it('words a check’s problem and a schema’s problem in Russian and Chinese', async () => {
    const { loadTranslate } = await import('../i18n/translate');
    const [ru, zh] = await Promise.all([loadTranslate('ru'), loadTranslate('zh')]);
    const data = cloneDataset();
    data.meetings[2]!.cityId = 'paris';
    (data.meetings[3] as { end: unknown }).end = 2012;
    const result = validator.validateDataset(data);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => word(ru, problemText(p)))).toEqual([
      'meetings[3].end: ожидалось: текст (календарная дата), а найдено: число 2012',
    ]);
    const cross = validator.crossCheck(realDataset).concat(
      validator.crossCheck({ ...realDataset, meetings: realDataset.meetings.map((m, i) => (i === 2 ? { ...m, cityId: 'paris' } : m)) }),
    );
    expect(cross.map((p) => word(ru, problemText(p)))).toEqual(['meetings[2].cityId: неизвестный город «paris»']);
    expect(cross.map((p) => word(zh, problemText(p)))).toEqual(['meetings[2].cityId：未知的城市“paris”']);
  });
});
