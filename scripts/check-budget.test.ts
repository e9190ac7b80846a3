import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryAssets,
  firstViewFiles,
  lazyChunkProblems,
  lazyImportNames,
  staticImports,
  summarise,
} from './check-budget.mjs';

describe('staticImports', () => {
  it('finds import and export-from statements, minified or not', () => {
    const code = [
      'import{t as e,n as r}from"./vendor-a1.js";import"./side-effect.js";',
      "import x from './default.js'",
      "import * as ns from '../up/ns.js';",
      'export{a as b}from"./re-export.js";export*from"./star.js";',
      'const y=1;export{y};',
    ].join('\n');
    expect(staticImports(code)).toEqual([
      './vendor-a1.js',
      './side-effect.js',
      './default.js',
      '../up/ns.js',
      './re-export.js',
      './star.js',
    ]);
  });

  it('ignores dynamic import(), import.meta, strings, templates, regexes and comments', () => {
    const code = [
      'const m=()=>import("./lazy.js"),n=import(`./lazy2.js`);',
      'new URL(`./x.svg`,import.meta.url);',
      'const s=";import\\"./in-string.js\\"";',
      'const t=`a${`;import"./nested.js"`}b`;',
      'const r=/;import"x"/g;',
      '// import "./commented.js"',
      '/* ;import "./block.js" */',
      'import"./real.js";',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./real.js']);
  });

  it('returns each specifier once', () => {
    expect(staticImports('import{a}from"./a.js";import{b}from"./a.js";')).toEqual(['./a.js']);
  });
});

describe('entryAssets', () => {
  it('lists the module script, modulepreloads and stylesheets, skipping the rest', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-1.js"></script>
      <script src="/legacy.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-2.js">
      <link crossorigin rel=stylesheet href='./assets/index-3.css'>
      <link rel="icon" href="data:,">
      <!-- <link rel="stylesheet" href="./assets/commented.css"> -->
    </head>`;
    expect(entryAssets(html)).toEqual([
      { kind: 'script', url: './assets/index-1.js' },
      { kind: 'modulepreload', url: './assets/vendor-2.js' },
      { kind: 'stylesheet', url: './assets/index-3.css' },
    ]);
  });
});

describe('firstViewFiles', () => {
  it('follows static imports recursively and not dynamic ones, under any base path', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");',
      'assets/shared.js': 'import"./deep.js";export const a=1;',
      'assets/deep.js': 'import{a}from"./shared.js";',
      'assets/lazy.js': 'import{a}from"./huge.js";',
      'assets/index.css': 'body{}',
    };
    const html =
      '<script type="module" src="/sco/assets/index.js"></script><link rel="stylesheet" href="/sco/assets/index.css">';
    const read = (path: string) => files[path] ?? '';
    expect(firstViewFiles(html, read, (path) => path in files)).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/deep.js',
      'assets/index.css',
    ]);
  });
});

describe('summarise', () => {
  const files = [
    { file: 'a.js', raw: 300_000, gzip: 90_000 },
    { file: 'b.css', raw: 20_000, gzip: 5_000 },
    { file: 'c.js', raw: 60_000, gzip: 20_000 },
  ];
  it('sums the sizes and names the biggest files first', () => {
    const summary = summarise(files, 110);
    expect(summary).toMatchObject({
      totalRaw: 380_000,
      totalGzip: 115_000,
      budgetBytes: 110_000,
      over: true,
    });
    expect(summary.biggest.map((f) => f.file)).toEqual(['a.js', 'c.js', 'b.css']);
  });
  it('is within budget at or under the limit', () => {
    expect(summarise(files, 115).over).toBe(false);
    expect(summarise([], 110)).toMatchObject({ totalGzip: 0, over: false });
  });
  it('counts the files against a limit only when one is given', () => {
    expect(summarise(files, 115).tooManyFiles).toBe(false);
    expect(summarise(files, 115, 3).tooManyFiles).toBe(false);
    expect(summarise(files, 115, 2).tooManyFiles).toBe(true);
  });
});

describe('lazyChunkProblems', () => {
  const built = [
    'index.html',
    'assets/index-Ab12_x-Y.js',
    'assets/index-Zz99.css',
    'assets/CanvasLanes-B1x_9aZ2.js',
    'assets/search-index-Q-7aa1b2.js',
    'data/datasets.json',
  ];
  const firstView = ['assets/index-Ab12_x-Y.js', 'assets/index-Zz99.css'];

  it('is content when each lazy module has a chunk the first view does not load', () => {
    expect(lazyChunkProblems(built, firstView, ['CanvasLanes', 'search-index'])).toEqual([]);
  });

  it('names a module with no chunk of its own: bundled into the first view', () => {
    expect(lazyChunkProblems(built, firstView, ['MeetingDetail'])).toEqual([
      'MeetingDetail: no chunk of its own (is it also imported statically?)',
    ]);
  });

  it('names a lazy chunk that the first view loads after all', () => {
    expect(
      lazyChunkProblems(built, [...firstView, 'assets/CanvasLanes-B1x_9aZ2.js'], ['CanvasLanes']),
    ).toEqual(['CanvasLanes: assets/CanvasLanes-B1x_9aZ2.js is loaded by the first view']);
  });

  it('matches a whole chunk name, not a name that merely starts or ends the same', () => {
    const others = [
      'assets/CanvasLanesExtra-B1x_9aZ2.js',
      'assets/MyCanvasLanes-B1x_9aZ2.js',
      'assets/CanvasLanes.css',
    ];
    expect(lazyChunkProblems(others, [], ['CanvasLanes'])).toHaveLength(1);
  });
});

describe('lazyImportNames', () => {
  it('names each module loaded with a literal relative import(), once, by its chunk name', () => {
    const sources = [
      {
        path: 'app/Explorer.tsx',
        code: "const Map = lazy(() => import('../features/map/ParticipantMap'));",
      },
      {
        path: 'a.ts',
        code: 'import("./search-index.ts").then(build);\nimport( "./search-index" );',
      },
      { path: 'b.ts', code: "import { x } from './static';\nexport { y } from './other';" },
    ];
    expect(lazyImportNames(sources)).toEqual(['ParticipantMap', 'search-index']);
  });

  it('names a part of a file (a query) by the file', () => {
    const sources = [{ path: 'i18n/translate.ts', code: "import('./locales/en.po?first'); import('./locales/en.po?rest');" }];
    expect(lazyImportNames(sources)).toEqual(['en']);
  });

  it('skips type-only imports, packages, computed specifiers and test files', () => {
    const sources = [
      { path: 'chunk.tsx', code: "type Module = typeof import('./CanvasLanes');" },
      { path: 'c.ts', code: "import('d3-zoom'); import(`./${name}`); import(name);" },
      { path: 'c.test.ts', code: "await import('./Mocked');" },
    ];
    expect(lazyImportNames(sources)).toEqual([]);
  });

  it('finds every lazy module the app has today', () => {
    const src = join(import.meta.dirname, '../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    const names = lazyImportNames(
      files.map((path) => ({ path, code: readFileSync(join(src, path), 'utf8') })),
    );
    expect(names).toEqual(
      expect.arrayContaining(['CanvasLanes', 'validate', 'ParticipantMap', 'search-index']),
    );
  });
});
