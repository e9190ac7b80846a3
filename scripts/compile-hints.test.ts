import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { COMPILE_HINT, compileHints } from './compile-hints';

type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A bundle as the plugin sees it: the entry, a chunk a click runs (with its map), another, a stylesheet. */
function bundle(): OutputBundle {
  const chunk = (fileName: string, isEntry: boolean, code: string) =>
    ({
      type: 'chunk',
      fileName,
      name: fileName.replace('.js', ''),
      isEntry,
      code,
      sourcemapFileName: `${fileName}.map`,
    }) as OutputChunk;
  const asset = (fileName: string, source: string) =>
    ({ type: 'asset', fileName, source }) as OutputAsset;
  return {
    'index.js': chunk('index.js', true, 'const mapDeps=1;\nimport "./a.js";'),
    'clicked.js': chunk('clicked.js', false, 'const mapDeps=2;\nexport const y = 2;'),
    'clicked.js.map': asset(
      'clicked.js.map',
      JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }),
    ),
    'lazy.js': chunk('lazy.js', false, 'export const x = 1;'),
    'index.css': asset('index.css', 'body{}'),
  };
}

type Handler = (
  this: { error: (message: string) => never },
  options: unknown,
  bundle: OutputBundle,
) => void;

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
  it('puts the hint on the first line of each chunk it is given, before any other code', () => {
    const output = run(bundle());
    expect((output['clicked.js'] as OutputChunk).code).toBe(
      `${COMPILE_HINT}\nconst mapDeps=2;\nexport const y = 2;`,
    );
  });

  it("moves the chunk's source map down the line it added", () => {
    const output = run(bundle());
    const map = JSON.parse((output['clicked.js.map'] as OutputAsset).source as string) as {
      mappings: string;
    };
    expect(map).toEqual({ version: 3, mappings: ';AAAA;AACA' });
  });

  it('fails the build when a chunk it is given is not in the bundle', () => {
    expect(() => run(bundle(), ['clicked', 'renamed'])).toThrow('no chunk named renamed');
  });

  it('leaves the entry, other lazy chunks and stylesheets as they were', () => {
    const output = run(bundle());
    expect((output['index.js'] as OutputChunk).code).toBe('const mapDeps=1;\nimport "./a.js";');
    expect((output['lazy.js'] as OutputChunk).code).toBe('export const x = 1;');
    expect((output['index.css'] as OutputAsset).source).toBe('body{}');
  });
});
