import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { COMPILE_HINT, compileHints } from './compile-hints';

type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A bundle as the plugin sees it: an entry with its map, a lazy chunk, a stylesheet. */
function bundle(): OutputBundle {
  const chunk = (fileName: string, isEntry: boolean, code: string) =>
    ({ type: 'chunk', fileName, name: fileName.replace('.js', ''), isEntry, code, sourcemapFileName: `${fileName}.map` }) as OutputChunk;
  const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source }) as OutputAsset;
  return {
    'index.js': chunk('index.js', true, 'const mapDeps=1;\nimport "./a.js";'),
    'index.js.map': asset('index.js.map', JSON.stringify({ version: 3, mappings: 'AAAA;AACA' })),
    'lazy.js': chunk('lazy.js', false, 'export const x = 1;'),
    'clicked.js': chunk('clicked.js', false, 'export const y = 2;'),
    'index.css': asset('index.css', 'body{}'),
  };
}

type Handler = (this: { error: (message: string) => never }, options: unknown, bundle: OutputBundle) => void;

function run(output: OutputBundle, chunks = ['clicked']) {
  const hook = compileHints(chunks).generateBundle as { handler: Handler };
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  hook.handler.call(context, {}, output);
  return output;
}

describe('compileHints', () => {
  it("puts the hint on the entry's first line, before Vite's own code", () => {
    const output = run(bundle());
    expect((output['index.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}\nconst mapDeps=1;\nimport "./a.js";`);
  });

  it("moves the entry's source map down the line it added", () => {
    const output = run(bundle());
    const map = JSON.parse((output['index.js.map'] as OutputAsset).source as string) as { mappings: string };
    expect(map).toEqual({ version: 3, mappings: ';AAAA;AACA' });
  });

  it('hints the lazy chunks it is given, by name', () => {
    expect((run(bundle())['clicked.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}\nexport const y = 2;`);
  });

  it('fails the build when a chunk it is given is not in the bundle', () => {
    expect(() => run(bundle(), ['clicked', 'renamed'])).toThrow('no chunk named renamed');
  });

  it('leaves other lazy chunks and stylesheets as they were', () => {
    const output = run(bundle());
    expect((output['lazy.js'] as OutputChunk).code).toBe('export const x = 1;');
    expect((output['index.css'] as OutputAsset).source).toBe('body{}');
  });
});
