import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realVocabulary } from '../test/fixtures';
import { loadedTranslate } from '../i18n/translate';
import {
  DEFAULT_GROUP,
  EMPTY_VIEW,
  GROUPS,
  MAX_QUERY_LENGTH,
  PARAMS,
  ROLE_MOMENTS,
  parseViewState,
  MAX_NOTICE_VALUES,
  resolveId,
  serialiseViewState,
  sortSearchParams,
  toQueryString,
  type ViewState,
  type NamesByParam,
} from './view-state';

/** Parses, and words each notice's message in English, as the page shows it. */
const parse = (query: string) => {
  const parsed = parseViewState(new URLSearchParams(query), realVocabulary);
  const t = loadedTranslate('en')!;
  return { ...parsed, notices: parsed.notices.map((n) => ({ ...n, message: t(n.message.id, n.message.values) })) };
};
const view = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...patch });
const ids = (key: keyof NamesByParam) => realVocabulary[key].map((r) => r.id);
/** No lone surrogates (String.prototype.isWellFormed is ES2024, beyond the configured lib). */
const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('parseViewState: values that resolve', () => {
  it('an empty query gives the empty view and no notices', () => {
    expect(parse('')).toEqual({ view: EMPTY_VIEW, notices: [] });
  });

  it('reads ids for every parameter', () => {
    const { view: v, notices } = parse(
      'event=audit-2012&decision=beijing-declaration&state=kazakhstan&city=dushanbe&ministry=defence' +
        '&country=china&category=security&area=economy&from=2012-04-01&to=2012-06-30&q=summit&group=city',
    );
    expect(notices).toEqual([]);
    expect(v).toEqual({
      ...EMPTY_VIEW,
      event: 'audit-2012',
      decision: 'beijing-declaration',
      state: 'kazakhstan',
      city: ['dushanbe'],
      ministry: ['defence'],
      country: ['china'],
      category: ['security'],
      area: ['economy'],
      from: '2012-04-01',
      to: '2012-06-30',
      q: 'summit',
      group: 'city',
    });
  });

  it('matches ids ignoring case', () => {
    const { view: v, notices } = parse('city=DUSHANBE&event=Audit-2012&country=China');
    expect(notices).toEqual([]);
    expect(v.city).toEqual(['dushanbe']);
    expect(v.event).toBe('audit-2012');
    expect(v.country).toEqual(['china']);
  });

  it('matches display names, case-insensitively', () => {
    const { view: v, notices } = parse(
      `city=St.%20Petersburg&ministry=${encodeURIComponent('defence ministers')}&category=${encodeURIComponent('Economy and finance')}`,
    );
    expect(notices).toEqual([]);
    expect(v.city).toEqual(['st-petersburg']);
    expect(v.ministry).toEqual(['defence']);
    expect(v.category).toEqual(['economy']);
  });

  it('matches a display name given with + for spaces', () => {
    expect(parse('city=St.+Petersburg').view.city).toEqual(['st-petersburg']);
  });

  it('trims values around ids', () => {
    const { view: v, notices } = parse('city=%20beijing%20,%20moscow&event=%20audit-2012%20');
    expect(notices).toEqual([]);
    expect(v.city).toEqual(['beijing', 'moscow']);
    expect(v.event).toBe('audit-2012');
  });

  it('reads comma lists in the given order, removing duplicates', () => {
    const { view: v, notices } = parse('city=moscow,dushanbe,Moscow,DUSHANBE,beijing,moscow');
    expect(notices).toEqual([]);
    expect(v.city).toEqual(['moscow', 'dushanbe', 'beijing']);
  });

  it('treats an id and the name of the same record as duplicates', () => {
    expect(parse('city=st-petersburg,St.%20Petersburg').view.city).toEqual(['st-petersburg']);
  });

  it('skips empty items in lists silently', () => {
    const { view: v, notices } = parse('ministry=,defence,,audit,');
    expect(notices).toEqual([]);
    expect(v.ministry).toEqual(['defence', 'audit']);
  });

  it('ignores empty parameters and unknown parameters', () => {
    expect(parse('event=&city=&from=&q=&group=&utm_source=mail&dataset=sco-2012-beijing')).toEqual({
      view: EMPTY_VIEW,
      notices: [],
    });
  });

  it('reads a plain object as well as URLSearchParams', () => {
    const { view: v, notices } = parseViewState(
      { city: 'beijing,shanghai', from: '2012-04-01', q: null, group: undefined },
      realVocabulary,
    );
    expect(notices).toEqual([]);
    expect(v).toEqual(view({ city: ['beijing', 'shanghai'], from: '2012-04-01' }));
  });

  it('merges a repeated list parameter like a comma list', () => {
    expect(parse('city=beijing&city=moscow')).toEqual({ view: view({ city: ['beijing', 'moscow'] }), notices: [] });
    expect(parse('city=beijing&city=moscow,beijing&city=').view.city).toEqual(['beijing', 'moscow']);
    expect(parseViewState({ city: ['beijing', 'moscow'] }, realVocabulary).view.city).toEqual(['beijing', 'moscow']);
  });

  it('gives the usual notice for a bad value among repeated list parameters', () => {
    const { view: v, notices } = parse('city=beijing&city=nope');
    expect(v.city).toEqual(['beijing']);
    expect(notices).toEqual([{ param: 'city', value: 'nope', message: 'no city called “nope” here' }]);
  });

  it('uses the first of a repeated single-valued parameter and names the others as ignored', () => {
    const { view: v, notices } = parse('event=beijing-summit-2012&event=nope&event=beijing-summit-2012&q=a&q=b');
    expect(v.event).toBe('beijing-summit-2012');
    expect(v.q).toBe('a');
    expect(notices).toEqual([
      { param: 'event', value: 'nope', message: 'given more than once: “nope” was ignored' },
      { param: 'q', value: 'b', message: 'given more than once: “b” was ignored' },
    ]);
  });

  it('accepts a single date bound', () => {
    expect(parse('from=2012-04-01').view).toEqual(view({ from: '2012-04-01' }));
    expect(parse('to=2012-04-01').view).toEqual(view({ to: '2012-04-01' }));
  });

  it('keeps from equal to to', () => {
    const parsed = parse('from=2012-06-07&to=2012-06-07');
    expect(parsed.notices).toEqual([]);
    expect(parsed.view.from).toBe('2012-06-07');
    expect(parsed.view.to).toBe('2012-06-07');
  });
});

describe('parseViewState: values it cannot use become notices', () => {
  it('drops an unknown single id with a notice naming the param', () => {
    const { view: v, notices } = parse('event=nope');
    expect(v).toEqual(EMPTY_VIEW);
    expect(notices).toEqual([{ param: 'event', value: 'nope', message: expect.stringContaining('nope') }]);
    expect(notices[0]!.message).toContain('meeting');
  });

  it('drops an unknown city but keeps the known ones', () => {
    const { view: v, notices } = parse('city=paris,beijing,atlantis');
    expect(v.city).toEqual(['beijing']);
    expect(notices).toEqual([
      { param: 'city', value: 'paris', message: expect.stringContaining('city') },
      { param: 'city', value: 'atlantis', message: expect.stringContaining('city') },
    ]);
  });

  it('names at most MAX_NOTICE_VALUES bad values of a parameter, deduplicated, then counts the rest', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `c${i}`).join(',');
    const { notices } = parse(`city=${many}`);
    expect(notices.map((n) => n.value)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', '+2995']);
    expect(notices.at(-1)!.message).toBe('and 2,995 more values that name nothing here');
    expect(MAX_NOTICE_VALUES).toBe(5);
    const same = parse(`ministry=${Array(3000).fill('x').join(',')}`).notices;
    expect(same).toEqual([{ param: 'ministry', value: 'x', message: expect.stringContaining('“x”') }]);
  });

  it.each(['0000-01-01', '0999-12-31'])('refuses a date before the year 1000 (%s) with a notice', (day) => {
    const { view: v, notices } = parse(`from=${day}`);
    expect(v.from).toBeNull();
    expect(notices).toEqual([{ param: 'from', value: day, message: `“${day}” is out of range (years 1000 to 9999)` }]);
  });

  it('accepts the years 1000 and 9999', () => {
    expect(parse('from=1000-01-01&to=9999-12-31')).toEqual({
      view: view({ from: '1000-01-01', to: '9999-12-31' }),
      notices: [],
    });
  });

  it('does not match a state id in the city list', () => {
    const { view: v, notices } = parse('city=china');
    expect(v.city).toEqual([]);
    expect(notices.map((n) => n.param)).toEqual(['city']);
  });

  it('drops a malformed date with a notice', () => {
    const { view: v, notices } = parse('from=2012-13-45&to=2012-06-07');
    expect(v.from).toBeNull();
    expect(v.to).toBe('2012-06-07');
    expect(notices).toEqual([
      { param: 'from', value: '2012-13-45', message: expect.stringContaining('not a date') },
    ]);
  });

  it.each(['2012-06', '2012', '2011-02-29', '7 June 2012', '2012-6-7'])(
    'drops a date that is not a full valid day (%s)',
    (value) => {
      const { view: v, notices } = parse(`to=${encodeURIComponent(value)}`);
      expect(v.to).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]!.param).toBe('to');
    },
  );

  it('drops both dates when from is after to', () => {
    const { view: v, notices } = parse('from=2012-06-07&to=2012-04-01');
    expect(v.from).toBeNull();
    expect(v.to).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ param: 'from', message: expect.stringContaining('after') });
    expect(notices[0]!.value).toContain('2012-06-07');
    expect(notices[0]!.value).toContain('2012-04-01');
  });

  it('compares dates across years correctly', () => {
    expect(parse('from=2011-12-31&to=2012-01-01').notices).toEqual([]);
    expect(parse('from=2012-01-01&to=2011-12-31').view.from).toBeNull();
  });

  it('cuts a very long search to MAX_QUERY_LENGTH with a short notice', () => {
    const long = 'x'.repeat(10_000);
    const { view: v, notices } = parse(`q=${long}`);
    expect(v.q).toBe('x'.repeat(MAX_QUERY_LENGTH));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.param).toBe('q');
    expect(notices[0]!.message).toContain(String(MAX_QUERY_LENGTH));
    expect(notices[0]!.value.length).toBeLessThanOrEqual(60);
    expect(notices[0]!.value.endsWith('…')).toBe(true);
  });

  it('keeps a search of exactly MAX_QUERY_LENGTH without a notice', () => {
    const { view: v, notices } = parse(`q=${'y'.repeat(MAX_QUERY_LENGTH)}`);
    expect(v.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toEqual([]);
  });

  it('shortens long unknown values in notices', () => {
    const long = 'z'.repeat(5_000);
    const { notices } = parse(`city=${long}&event=${long}&from=${long}&group=${long}&lang=${long}`);
    expect(notices.map((n) => n.param)).toEqual(['event', 'city', 'from', 'group', 'lang']);
    for (const notice of notices) {
      expect(notice.value.length).toBeLessThanOrEqual(60);
      expect(notice.message.length).toBeLessThan(200);
    }
  });

  it('reports an unknown language and changes nothing else for it', () => {
    const { view, notices } = parse('lang=fr&city=dushanbe');
    expect(view.city).toEqual(['dushanbe']);
    expect(notices).toEqual([{ param: 'lang', value: 'fr', message: expect.stringContaining('ru (Русский)') }]);
    expect(parse('lang=RU').notices).toEqual([]);
  });

  it('keeps markup in a search as plain text', () => {
    const { view: v, notices } = parse(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(v.q).toBe('<script>alert(1)</script>');
    expect(notices).toEqual([]);
  });

  it('drops markup in an id with a notice carrying the raw text', () => {
    const { view: v, notices } = parse(`city=${encodeURIComponent('<img src=x>')}`);
    expect(v.city).toEqual([]);
    expect(notices).toEqual([{ param: 'city', value: '<img src=x>', message: expect.stringContaining('<img src=x>') }]);
  });

  it('replaces control characters in a search with spaces', () => {
    const { view: v } = parse(`q=${encodeURIComponent('a\u0000b\nc\u001fd\u007fe')}`);
    expect(v.q).toBe('a b c d e');
  });

  it('keeps a search as typed (no trimming)', () => {
    expect(parse('q=%20Putin%20').view.q).toBe(' Putin ');
  });

  it('accepts group values, aliases and case', () => {
    for (const group of GROUPS) expect(parse(`group=${group}`).view.group).toBe(group);
    expect(parse('group=area')).toEqual({ view: view({ group: 'category' }), notices: [] });
    expect(parse('group=format').view.group).toBe('ministry');
    expect(parse('group=CITY').view.group).toBe('city');
    expect(parse('group=%20country%20').view.group).toBe('country');
  });

  it('gives a notice for a bad group and keeps the default', () => {
    const { view: v, notices } = parse('group=weather');
    expect(v.group).toBe(DEFAULT_GROUP);
    expect(notices).toEqual([{ param: 'group', value: 'weather', message: expect.stringContaining('ministry') }]);
  });

  it('reads roles before/after, ignoring case, with a notice for anything else', () => {
    expect(EMPTY_VIEW.roles).toBe('after');
    expect(parse('roles=before')).toEqual({ view: view({ roles: 'before' }), notices: [] });
    expect(parse('roles=%20BEFORE%20').view.roles).toBe('before');
    expect(parse('roles=after')).toEqual({ view: EMPTY_VIEW, notices: [] });
    const { view: v, notices } = parse('roles=during');
    expect(v.roles).toBe('after');
    expect(notices).toEqual([{ param: 'roles', value: 'during', message: expect.stringContaining('before') }]);
  });

  // Bug: GROUP_ALIASES is a plain object literal, so `GROUP_ALIASES[value]` finds inherited
  // Object.prototype members: group=constructor yields the Object function, group=__proto__
  // yields Object.prototype, both without a notice.
  it.each(['constructor', '__proto__'])('gives a notice for group=%s (a prototype key)', (group) => {
    const { view: v, notices } = parse(`group=${group}`);
    expect(v.group).toBe(DEFAULT_GROUP);
    expect(notices.map((n) => n.param)).toEqual(['group']);
  });

  it('reports each problem once, in parameter order', () => {
    const { notices } = parse('roles=x&group=x&q=&to=bad&from=worse&area=nowhere&state=mars&event=nope');
    expect(notices.map((n) => n.param)).toEqual(['event', 'state', 'area', 'from', 'to', 'group', 'roles']);
  });
});

describe('resolveId', () => {
  const records = [
    { id: 'beijing', name: 'Beijing' },
    { id: 'st-petersburg', name: 'St. Petersburg' },
  ];
  it('prefers an exact id, then id or name ignoring case', () => {
    expect(resolveId(records, 'beijing')).toBe('beijing');
    expect(resolveId(records, 'BEIJING')).toBe('beijing');
    expect(resolveId(records, 'st. petersburg')).toBe('st-petersburg');
    expect(resolveId(records, '  Beijing ')).toBe('beijing');
  });
  it('returns null for nothing, blanks and partial matches', () => {
    expect(resolveId(records, '')).toBeNull();
    expect(resolveId(records, '   ')).toBeNull();
    expect(resolveId(records, 'bei')).toBeNull();
    expect(resolveId(records, 'petersburg')).toBeNull();
  });
  it('an exact id wins over another record whose name matches ignoring case', () => {
    const tricky = [
      { id: 'a', name: 'B' },
      { id: 'b', name: 'Bee' },
    ];
    expect(resolveId(tricky, 'b')).toBe('b');
    expect(resolveId(tricky, 'B')).toBe('a');
  });
});

describe("a parameter's index of ids", () => {
  /** The real vocabulary with cities listed only on demand, and indexed by id. */
  function indexedCities() {
    let listed = 0;
    const ids = new Set(realVocabulary.city.map((c) => c.id));
    const vocabulary = {
      ...realVocabulary,
      get city() {
        listed += 1;
        return realVocabulary.city;
      },
      ids: { city: ids },
    };
    return { vocabulary, listed: () => listed };
  }

  it('finds exact ids there, for a list parameter too, without listing the records', () => {
    const { vocabulary, listed } = indexedCities();
    expect(parseViewState({ city: 'beijing, dushanbe' }, vocabulary).view.city).toEqual(['beijing', 'dushanbe']);
    expect(listed()).toBe(0);
  });

  it('still resolves a name, or another case, through the records', () => {
    const { vocabulary, listed } = indexedCities();
    expect(parseViewState({ city: 'Beijing' }, vocabulary).view.city).toEqual(['beijing']);
    expect(listed()).toBeGreaterThan(0);
  });
});

describe('serialiseViewState and toQueryString', () => {
  it('omits every default', () => {
    expect(toQueryString(EMPTY_VIEW)).toBe('');
    expect(Object.values(serialiseViewState(EMPTY_VIEW)).every((v) => v === null)).toBe(true);
  });

  it('serialises lists with commas and leaves null for empty ones', () => {
    const values = serialiseViewState(view({ city: ['beijing', 'moscow'], q: 'x', group: 'city' }));
    expect(values.city).toBe('beijing,moscow');
    expect(values.ministry).toBeNull();
    expect(values.q).toBe('x');
    expect(values.group).toBe('city');
    // The data parameters are read before any dataset, and lang apart: the view does not write them.
    expect(Object.keys(values)).toEqual(PARAMS.filter((p) => !['dataset', 'data', 'file', 'lang'].includes(p)));
  });

  it('writes parameters in contract order whatever the order of the input object', () => {
    const a = view({ q: 'audit', city: ['beijing'], event: 'audit-2012', group: 'country', to: '2012-06-07' });
    const b: ViewState = {
      group: 'country',
      to: '2012-06-07',
      q: 'audit',
      area: [],
      category: [],
      country: [],
      ministry: [],
      city: ['beijing'],
      state: null,
      decision: null,
      event: 'audit-2012',
      from: null,
      roles: 'before',
    };
    a.roles = 'before';
    const expected = '?event=audit-2012&city=beijing&to=2012-06-07&q=audit&group=country&roles=before';
    expect(toQueryString(a)).toBe(expected);
    expect(toQueryString(b)).toBe(expected);
  });

  it('keeps commas, colons and slashes readable but encodes the rest', () => {
    expect(toQueryString(view({ city: ['beijing', 'moscow', 'dushanbe'] }))).toBe('?city=beijing,moscow,dushanbe');
    expect(toQueryString(view({ q: 'a,b:c/d' }))).toBe('?q=a,b:c/d');
    expect(toQueryString(view({ q: 'a b&c=d+e#f?' }))).toBe('?q=a%20b%26c%3Dd%2Be%23f%3F');
    expect(toQueryString(view({ q: 'Jenča' }))).toBe('?q=Jen%C4%8Da');
  });

  it('fits extra parameters into the contract order', () => {
    expect(toQueryString(view({ q: 'x', group: 'city', roles: 'before' }), { dataset: 'sco-2012-beijing' })).toBe(
      '?q=x&group=city&roles=before&dataset=sco-2012-beijing',
    );
    expect(toQueryString(EMPTY_VIEW, { dataset: 'sco-2012-beijing', event: 'audit-2012' })).toBe(
      '?event=audit-2012&dataset=sco-2012-beijing',
    );
    expect(toQueryString(view({ q: 'x' }), { q: null })).toBe('');
  });
});

describe('sortSearchParams', () => {
  it('orders by the contract, unknown keys last in their own order', () => {
    const sorted = sortSearchParams(
      new URLSearchParams('zeta=1&group=city&q=x&alpha=2&dataset=d&city=beijing&event=audit-2012&from=2012-01-01'),
    );
    expect([...sorted.keys()]).toEqual(['event', 'city', 'from', 'q', 'group', 'dataset', 'zeta', 'alpha']);
    expect(sorted.get('q')).toBe('x');
  });

  it('keeps repeated keys in their order and does not change the input', () => {
    const input = new URLSearchParams('q=2&city=a&q=1');
    const sorted = sortSearchParams(input);
    expect([...sorted.entries()]).toEqual([
      ['city', 'a'],
      ['q', '2'],
      ['q', '1'],
    ]);
    expect(input.toString()).toBe('q=2&city=a&q=1');
  });

  it('is idempotent and agrees with toQueryString order', () => {
    const s = view({ event: 'audit-2012', area: ['economy'], from: '2012-01-01', q: 'x', group: 'city' });
    const query = toQueryString(s).slice(1);
    const shuffled = new URLSearchParams(query.split('&').reverse().join('&'));
    const sorted = sortSearchParams(shuffled);
    expect(sorted.toString()).toBe(new URLSearchParams(query).toString());
    expect(sortSearchParams(sorted).toString()).toBe(sorted.toString());
  });
});

// --- Properties -----------------------------------------------------------------------------

/** A view state is valid when every value is one parseViewState could have produced. */
function expectValidView(v: ViewState) {
  for (const key of ['event', 'decision', 'state'] as const) {
    if (v[key] !== null) expect(ids(key)).toContain(v[key]);
  }
  for (const key of ['city', 'ministry', 'country', 'category', 'area'] as const) {
    expect(new Set(v[key]).size).toBe(v[key].length);
    for (const id of v[key]) expect(ids(key)).toContain(id);
  }
  expect(GROUPS).toContain(v.group);
  expect(ROLE_MOMENTS).toContain(v.roles);
  expect(isWellFormed(v.q)).toBe(true);
  expect(v.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  // eslint-disable-next-line no-control-regex
  expect(v.q).not.toMatch(/[\u0000-\u001f\u007f]/);
  if (v.from && v.to) expect(v.from <= v.to).toBe(true);
}

const paramName = fc.constantFrom(...PARAMS);
/** Values that are sometimes meaningful (ids, names, dates, separators) and often garbage. */
const paramValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ...realVocabulary.city.flatMap((r) => [r.id, r.name, r.name.toUpperCase()]),
    ...realVocabulary.event.map((r) => r.id),
    ...GROUPS,
    ...ROLE_MOMENTS,
    'area',
    '2012-06-07',
    '2012-13-45',
    ',',
    ',,',
    '%',
    '\u0000',
  ),
  fc.array(fc.constantFrom('beijing', 'Moscow', 'nope', ' ', 'DUSHANBE'), { maxLength: 5 }).map((a) => a.join(',')),
);

describe('properties', () => {
  it('parseViewState never throws on arbitrary query strings and yields a valid view', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (query) => {
        const parsed = parseViewState(new URLSearchParams(query), realVocabulary);
        expectValidView(parsed.view);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('parseViewState never throws on arbitrary dictionaries of parameters', () => {
    fc.assert(
      fc.property(fc.dictionary(paramName, fc.option(paramValue, { nil: undefined })), (params) => {
        const parsed = parseViewState(params, realVocabulary);
        expectValidView(parsed.view);
        for (const notice of parsed.notices) {
          expect(PARAMS).toContain(notice.param);
          expect(notice.value.length).toBeLessThanOrEqual(60);
        }
        // The same values through URLSearchParams give the same result.
        const search = new URLSearchParams();
        for (const [k, val] of Object.entries(params)) if (val !== undefined) search.set(k, val);
        const viaSearch = parseViewState(search, realVocabulary);
        // URLSearchParams replaces lone surrogates with U+FFFD, so only compare well-formed input.
        if (Object.values(params).every((val) => val === undefined || isWellFormed(val))) {
          expect(viaSearch).toEqual(parsed);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('parsing is idempotent: the parsed view serialised and parsed again is unchanged', () => {
    fc.assert(
      fc.property(fc.dictionary(paramName, paramValue), (params) => {
        const first = parseViewState(params, realVocabulary).view;
        const again = parseViewState(new URLSearchParams(toQueryString(first)), realVocabulary);
        expect(again.view).toEqual(first);
        expect(again.notices).toEqual([]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  const subset = (list: string[]) => fc.shuffledSubarray(list);
  const single = (list: string[]) => fc.option(fc.constantFrom(...list), { nil: null });
  const dayDate = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const dates = fc
    .tuple(fc.option(dayDate, { nil: null }), fc.option(dayDate, { nil: null }))
    .map(([a, b]): [string | null, string | null] => (a && b && a > b ? [b, a] : [a, b]));
  const query = fc
    .string({ unit: 'grapheme', maxLength: MAX_QUERY_LENGTH })
    // eslint-disable-next-line no-control-regex
    .map((q) => q.replace(/[\u0000-\u001f\u007f]/g, ''))
    .filter((q) => q.length <= MAX_QUERY_LENGTH);
  const validView: fc.Arbitrary<ViewState> = fc
    .record({
      event: single(ids('event')),
      decision: single(ids('decision')),
      state: single(ids('state')),
      city: subset(ids('city')),
      ministry: subset(ids('ministry')),
      country: subset(ids('country')),
      category: subset(ids('category')),
      area: subset(ids('area')),
      dates,
      q: query,
      group: fc.constantFrom(...GROUPS),
      roles: fc.constantFrom(...ROLE_MOMENTS),
    })
    .map(({ dates: [from, to], ...rest }) => ({ ...rest, from, to }));

  it('round trip: every valid view survives toQueryString → URLSearchParams → parseViewState', () => {
    fc.assert(
      fc.property(validView, (s) => {
        const parsed = parseViewState(new URLSearchParams(toQueryString(s)), realVocabulary);
        expect(parsed.notices).toEqual([]);
        expect(parsed.view).toEqual(s);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('round trip with repeated parameters: list values split over several parameters read the same', () => {
    fc.assert(
      fc.property(validView, fc.integer({ min: 1, max: 4 }), (s, pieces) => {
        const search = new URLSearchParams(toQueryString(s));
        const repeated = new URLSearchParams();
        for (const [key, value] of search) {
          const parts = value.split(',');
          // The comma list cut into up to `pieces` parameters of the same name.
          const size = Math.ceil(parts.length / pieces);
          if (key === 'q' || key === 'from' || key === 'to') repeated.append(key, value);
          else for (let i = 0; i < parts.length; i += size) repeated.append(key, parts.slice(i, i + size).join(','));
        }
        const parsed = parseViewState(repeated, realVocabulary);
        expect(parsed.notices).toEqual([]);
        expect(parsed.view).toEqual(s);
        // Written back, the repeated parameters are one comma list again.
        expect(toQueryString(parsed.view)).toBe(toQueryString(s));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('notices stay bounded for any input: few per parameter, each value and message short', () => {
    const longValue = fc.oneof(paramValue, fc.string({ minLength: 100, maxLength: 2000 }));
    const manyValues = fc
      .array(fc.oneof(fc.constant('x'), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 300 })
      .map((values) => values.join(','));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(paramName, fc.oneof(longValue, manyValues)), { maxLength: 40 }),
        (pairs) => {
          const search = new URLSearchParams();
          for (const [key, value] of pairs) search.append(key, value);
          const { notices } = parseViewState(search, realVocabulary);
          // Per parameter: MAX_NOTICE_VALUES named and one count, for its repeats and for its
          // values; one more for a date range the wrong way round.
          expect(notices.length).toBeLessThanOrEqual(PARAMS.length * 2 * (MAX_NOTICE_VALUES + 1) + 1);
          for (const param of PARAMS) {
            expect(notices.filter((n) => n.param === param).length).toBeLessThanOrEqual(2 * (MAX_NOTICE_VALUES + 1));
          }
          for (const notice of notices) {
            expect(notice.value.length).toBeLessThanOrEqual(60);
            // The message's values hold the value as shown, never more.
            for (const value of Object.values(notice.message.values ?? {})) {
              expect(String(value).length).toBeLessThanOrEqual(60);
            }
          }
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('round trip through sortSearchParams of a shuffled query as well', () => {
    fc.assert(
      fc.property(validView, fc.integer(), (s, seed) => {
        const parts = toQueryString(s).slice(1).split('&').filter(Boolean);
        const shuffled = parts
          .map((p, i) => [p, (i * 7919 + seed) % 101] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([p]) => p);
        const sorted = sortSearchParams(new URLSearchParams(shuffled.join('&')));
        expect(parseViewState(sorted, realVocabulary).view).toEqual(s);
        expect([...sorted.keys()]).toEqual([...new URLSearchParams(toQueryString(s)).keys()]);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('searches and surrogate pairs', () => {
  it('a search cut inside a surrogate pair stays well-formed and can be written back', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH - 1) + '😀';
    const parsed = parse(`q=${encodeURIComponent(q)}`);
    expect(parsed.view.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parsed.view.q.startsWith('a'.repeat(MAX_QUERY_LENGTH - 1))).toBe(true);
    expect(isWellFormed(parsed.view.q)).toBe(true);
    const again = parse(toQueryString(parsed.view));
    expect(again).toEqual({ view: parsed.view, notices: [] });
  });

  it('a whole emoji within the limit is kept', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH - 2) + '😀';
    expect(parse(`q=${encodeURIComponent(q)}`)).toEqual({ view: view({ q }), notices: [] });
  });

  it('toQueryString does not throw on a lone surrogate in a view built elsewhere', () => {
    const written = toQueryString(view({ q: 'x\uD83D' }));
    expect(parse(written).view.q).toBe('x\uFFFD');
  });
});
