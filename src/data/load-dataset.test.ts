import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataValidationError, datasetQuery } from './load-dataset';

const entry = { id: 'x', title: 'X', file: 'x.json', version: '1', source: 'A source' };

describe('datasetQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells how many meetings the file claims once parsed, before validating it', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ meetings: [{}, {}, {}] }))));
    const onParsed = vi.fn();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.query(datasetQuery(entry, onParsed))).rejects.toBeInstanceOf(DataValidationError);
    expect(onParsed).toHaveBeenCalledWith(3);
  });
});
