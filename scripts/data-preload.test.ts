import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadScript, withPreloadScript } from './data-preload';

const manifest = {
  defaultDataset: 'real',
  datasets: [
    { id: 'real', file: 'real.json' },
    { id: 'big', file: 'big.json' },
  ],
};

/** Runs the inline script against a fake page and returns the links it added. */
function preloads(search: string, base?: string) {
  const links: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (link: Record<string, string>) => links.push(link) },
  };
  runInNewContext(preloadScript(manifest, base), {
    document,
    location: { search },
    URLSearchParams,
  });
  return links;
}

describe('preloadScript', () => {
  it('preloads the manifest and the default dataset', () => {
    expect(preloads('')).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: './data/datasets.json' },
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: './data/real.json' },
    ]);
  });

  it('preloads the dataset the link names, under the base path', () => {
    expect(preloads('?dataset=big&event=x', '/sco/').map((l) => l.href)).toEqual([
      '/sco/data/datasets.json',
      '/sco/data/big.json',
    ]);
  });

  it('falls back to the default for an unknown or inherited name', () => {
    expect(preloads('?dataset=nope').map((l) => l.href)[1]).toBe('./data/real.json');
    expect(preloads('?dataset=toString').map((l) => l.href)[1]).toBe('./data/real.json');
  });
});

describe('withPreloadScript', () => {
  it('puts the script right after the charset, before any stylesheet', () => {
    const html = '<html><head>\n<meta charset="UTF-8" />\n<link rel="stylesheet" href="a.css"></head></html>';
    const out = withPreloadScript(html, 'go()');
    expect(out.indexOf('<script>go()</script>')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('<script>go()</script>')).toBeLessThan(out.indexOf('stylesheet'));
  });

  it('opens the head with it when there is no charset declaration', () => {
    expect(withPreloadScript('<html><head><title>x</title></head></html>', 'go()')).toBe(
      '<html><head>\n    <script>go()</script><title>x</title></head></html>',
    );
  });
});
