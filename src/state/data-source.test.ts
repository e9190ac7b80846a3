import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataUrl, chooseDataSource, describeDataUrl, startupRequest } from './data-source';

const PAGE = 'https://explorer.example/sco/?city=beijing';
const LOCAL_PAGE = 'http://127.0.0.1:4173/';
const none = { dataset: null, data: null, file: null };

describe('checkDataUrl', () => {
  it('opens https addresses anywhere', () => {
    expect(checkDataUrl('https://example.org/data/c.csv', PAGE)).toEqual({
      ok: true,
      url: 'https://example.org/data/c.csv',
    });
  });

  it('opens a path on this site, relative to the app', () => {
    expect(checkDataUrl('own/chronology.csv', PAGE)).toEqual({
      ok: true,
      url: 'https://explorer.example/sco/own/chronology.csv',
    });
    expect(checkDataUrl('/data/x.json', LOCAL_PAGE)).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4173/data/x.json',
    });
  });

  it('opens plain http only on this machine', () => {
    expect(checkDataUrl('http://localhost:8000/a.csv', PAGE)).toMatchObject({ ok: true });
    expect(checkDataUrl('http://127.0.0.1/a.csv', PAGE)).toMatchObject({ ok: true });
    expect(checkDataUrl('http://[::1]:9/a.csv', PAGE)).toMatchObject({ ok: false });
    expect(checkDataUrl('http://example.org/a.csv', PAGE)).toEqual({
      ok: false,
      message: { id: 'dataUrl.plainHttp' },
    });
  });

  it('refuses other schemes and credentials, in plain words', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/csv,a',
      'file:///etc/passwd',
      'blob:https://x/1',
      'ftp://x/a.csv',
    ]) {
      const result = checkDataUrl(bad, PAGE);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message.id).toBe('dataUrl.scheme');
    }
    expect(checkDataUrl('https://user:pw@example.org/a.csv', PAGE)).toMatchObject({ ok: false });
    expect(checkDataUrl('   ', PAGE)).toEqual({ ok: false, message: { id: 'dataUrl.empty' } });
    expect(checkDataUrl(`https://e.org/${'a'.repeat(3000)}`, PAGE)).toMatchObject({ ok: false });
  });

  it('never throws, and what it opens is https, this site or localhost', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (raw) => {
        const result = checkDataUrl(raw, PAGE);
        if (!result.ok) return;
        const url = new URL(result.url);
        expect(
          url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1',
        ).toBe(true);
        expect(url.username + url.password).toBe('');
      }),
    );
  });
});

describe('chooseDataSource', () => {
  it('opens the bundled data by default, or the dataset named', () => {
    expect(chooseDataSource(none, PAGE)).toEqual({
      source: { kind: 'bundled', dataset: null },
      notices: [],
    });
    expect(chooseDataSource({ ...none, dataset: 'synthetic-10' }, PAGE).source).toEqual({
      kind: 'bundled',
      dataset: 'synthetic-10',
    });
  });

  it('prefers a published file, then a kept file', () => {
    expect(chooseDataSource({ dataset: 'x', data: 'own/a.csv', file: null }, PAGE).source).toEqual({
      kind: 'url',
      url: 'https://explorer.example/sco/own/a.csv',
      param: 'own/a.csv',
    });
    expect(chooseDataSource({ ...none, file: 'f-1a2b' }, PAGE).source).toEqual({
      kind: 'file',
      id: 'f-1a2b',
    });
    const both = chooseDataSource({ ...none, data: 'own/a.csv', file: 'f-1' }, PAGE);
    expect(both.source.kind).toBe('url');
    expect(both.notices).toEqual([expect.objectContaining({ param: 'file' })]);
  });

  it('drops a bad value with a notice and opens the bundled data', () => {
    const bad = chooseDataSource({ ...none, data: 'javascript:alert(1)' }, PAGE);
    expect(bad.source).toEqual({ kind: 'bundled', dataset: null });
    expect(bad.notices).toEqual([
      {
        param: 'data',
        value: 'javascript:alert(1)',
        message: { id: 'dataUrl.scheme', values: { scheme: 'javascript' } },
      },
    ]);
    expect(chooseDataSource({ ...none, file: '<script>' }, PAGE).notices[0]?.param).toBe('file');
  });

  it('keeps a notice short for any value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.string({ maxLength: 5000 }), (data, file) => {
        for (const notice of chooseDataSource({ dataset: null, data, file }, PAGE).notices) {
          expect(notice.value.length).toBeLessThanOrEqual(60);
          expect(JSON.stringify(notice.message.values ?? {}).length).toBeLessThanOrEqual(200);
        }
      }),
    );
  });
});

describe('describeDataUrl', () => {
  it('names the host and the file, shortening the path', () => {
    expect(describeDataUrl('https://example.org/a/b/c/chronology.csv', PAGE)).toBe(
      'example.org/a/…/chronology.csv',
    );
    expect(describeDataUrl('https://example.org/chronology.csv', PAGE)).toBe(
      'example.org/chronology.csv',
    );
    expect(describeDataUrl('https://explorer.example/sco/own/x.csv', PAGE)).toBe(
      'this site (sco/own/x.csv)',
    );
  });
});

describe('startupRequest', () => {
  it('reads the dataset, whether a user’s data is named, and the language', () => {
    expect(startupRequest('?dataset=synthetic-1000&lang=ru&event=x')).toEqual({ dataset: 'synthetic-1000', ownData: false, lang: 'ru' });
    expect(startupRequest('?data=own/x.csv')).toEqual({ dataset: null, ownData: true, lang: null });
    expect(startupRequest('?file=abc&dataset=y')).toEqual({ dataset: 'y', ownData: true, lang: null });
    expect(startupRequest('')).toEqual({ dataset: null, ownData: false, lang: null });
  });
});
