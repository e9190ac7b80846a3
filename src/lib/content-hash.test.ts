import { describe, expect, it } from 'vitest';
import { contentHash, contentHashOfUrl } from './content-hash';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentHash', () => {
  it('is the first 12 hex digits of SHA-256', async () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await contentHash(bytes('abc'))).toBe('ba7816bf8f01');
  });

  it('changes when one byte changes', async () => {
    expect(await contentHash(bytes('{"version":"1.0.0"}'))).not.toBe(await contentHash(bytes('{"version":"1.0.1"}')));
  });
});

describe('contentHashOfUrl', () => {
  it('hashes the bytes as served', async () => {
    const fetcher = (() => Promise.resolve(new Response('abc'))) as unknown as typeof fetch;
    expect(await contentHashOfUrl('/data/x.json', fetcher)).toBe('ba7816bf8f01');
  });

  it('fails on an error status rather than hashing an error page', async () => {
    const fetcher = (() => Promise.resolve(new Response('missing', { status: 404 }))) as unknown as typeof fetch;
    await expect(contentHashOfUrl('/data/x.json', fetcher)).rejects.toThrow('404');
  });
});
