import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetHash, setDatasetBytes } from './dataset-hash';

afterEach(() => vi.unstubAllGlobals());

describe('datasetHash', () => {
  it('hashes the bundled file the manifest names, once', async () => {
    const fetcher = vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('datasets.json')
          ? Response.json({ datasets: [{ id: 'bundled', file: 'bundled-file.json' }] })
          : new Response(url.endsWith('/data/bundled-file.json') ? 'abc' : 'wrong file'),
      ),
    );
    vi.stubGlobal('fetch', fetcher);
    expect(await datasetHash('bundled')).toBe('ba7816bf8f01');
    expect(await datasetHash('bundled')).toBe('ba7816bf8f01');
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('hashes the bytes a user dataset registers', async () => {
    setDatasetBytes('own-file', () => new TextEncoder().encode('abc'));
    expect(await datasetHash('own-file')).toBe('ba7816bf8f01');
  });

  it('is null when the file cannot be read, and tries again next time', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    expect(await datasetHash('offline')).toBeNull();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('abc')));
    expect(await datasetHash('offline')).toBe('ba7816bf8f01');
  });
});
