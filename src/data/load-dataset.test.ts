import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataValidationError, datasetQuery, parseJsonBytes } from './load-dataset';

const entry = { id: 'x', title: 'X', file: 'x.json', version: '1', source: 'A source' };

const utf8 = (text: string) => new TextEncoder().encode(text).buffer;

describe('parseJsonBytes', () => {
  it('decodes UTF-8, so a title keeps its dash and its accents', () => {
    expect(parseJsonBytes(utf8('{"title":"6–7 June, Astana, Bishkek — Tashkent, Dušanbe"}'))).toEqual({
      title: '6–7 June, Astana, Bishkek — Tashkent, Dušanbe',
    });
  });

  it('ignores a byte-order mark, as response.json() does', () => {
    expect(parseJsonBytes(utf8('\uFEFF[1, 2]'))).toEqual([1, 2]);
  });

  it('throws on a file that is not JSON', () => {
    expect(() => parseJsonBytes(utf8('<!doctype html><p>Not found</p>'))).toThrow(SyntaxError);
  });
});

describe('datasetQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells how many meetings the file claims once parsed, before validating it', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ meetings: [{}, {}, {}] }))));
    const onParsed = vi.fn();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.query(datasetQuery(entry, onParsed))).rejects.toBeInstanceOf(DataValidationError);
    expect(onParsed).toHaveBeenCalledWith(3);
  });

  it('names a file that is not JSON, as a problem with the file', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<!doctype html><p>Not found</p>')));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const failure = client.query(datasetQuery(entry));
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toMatchObject({ file: 'x.json', problems: [{ path: '', message: 'the file is not valid JSON' }] });
  });

  it('says in plain words what a file that fails has in place of what is expected', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ meetings: 12 }))));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const error: unknown = await client.query(datasetQuery(entry)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    const problems = (error as DataValidationError).problems.map(({ path, message }) => ({ path, message }));
    expect(problems).toContainEqual({ path: 'meetings', message: 'expected a list, found the number 12' });
    expect(problems).toContainEqual({ path: 'title', message: 'is missing (expected text)' });
  });
});
