import { describe, expect, it, vi } from 'vitest';
import { chunkUrl, retryableImport } from './retryable-import';

describe('retryableImport', () => {
  it('imports once while loading and once loaded', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const chunk = retryableImport(importer);
    expect(chunk.loaded()).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(await chunk.load()).toBe(a);
    expect(chunk.loaded()).toBe(a);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('after a failure, the next load imports again', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ answer: 42 });
    const chunk = retryableImport(importer);
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    expect(chunk.loaded()).toBeNull();
    await expect(chunk.load()).resolves.toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('keeps failing while the network does, without a fresh URL when the error names none', async () => {
    const importer = vi.fn(() => Promise.reject(new TypeError('Importing a module script failed.')));
    const chunk = retryableImport(importer);
    for (let i = 0; i < 3; i++) await expect(chunk.load()).rejects.toThrow('Importing a module script failed.');
    expect(importer).toHaveBeenCalledTimes(3);
  });
});

describe('chunkUrl', () => {
  it('finds the chunk a failed import or preload names', () => {
    expect(
      chunkUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/sub/assets/search-index-BHK490NE.js')),
    ).toBe('http://127.0.0.1:4173/sub/assets/search-index-BHK490NE.js');
    expect(chunkUrl(new Error('Unable to preload CSS for https://example.org/assets/ParticipantMap-wa3jci99.css'))).toBe(
      'https://example.org/assets/ParticipantMap-wa3jci99.css',
    );
    expect(chunkUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(chunkUrl(undefined)).toBeUndefined();
  });
});
