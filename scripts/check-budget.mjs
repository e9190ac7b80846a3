/**
 * npm run check-budget            (after `npm run build`; DIST_DIR=… for another build folder)
 *
 * The JavaScript and CSS the first view loads must stay within a gzipped budget: 110 kB, or
 * BUDGET_KB. The first view is what dist/index.html loads — its module script, every
 * <link rel="modulepreload"> and <link rel="stylesheet"> — plus, to be safe, the static
 * imports of those chunks, followed recursively (dynamic `import()` calls load lazily and
 * are not counted). Each file is gzipped at level 9 and the sizes summed. kB = 1000 bytes,
 * as Vite prints them. Exits 1 over budget, naming the biggest files.
 * MAX_FILES, when set, also limits how many files that is: on a slow mobile link every extra
 * request holds up the first paint, and a lazy chunk can make the bundler split modules the
 * entry shares with it into small first-view chunks of their own (rolldown issue 10731).
 * Three such chunks once slowed Lighthouse's largest contentful paint in a side-by-side run.
 * LAZY_CHUNKS, when set (comma-separated chunk names, such as `CanvasLanes`), also checks that
 * each of those modules is built as a chunk of its own that the first view does not load. A
 * module that is imported lazily in one place and statically in another is bundled into the
 * first view's chunk and has no file of its own: a small one can slip under the size budget,
 * and no request for it would ever be missed in a browser test.
 * LAZY_CHUNKS_FROM, when set (a source folder, such as `src`), adds to those names every module
 * that the folder's code imports with a literal `import('./…')` (test files aside), so a new
 * lazy module is checked without anyone listing it.
 * Plain Node ESM with no dependencies: the pure parts are exported and unit-tested.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DEFAULT_BUDGET_KB = 110;

/** Attributes of an HTML start tag: `<link rel="x" href=y crossorigin>` → { rel, href, crossorigin }. */
function attributes(tag) {
  const result = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(pattern)) {
    result[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

/**
 * The first view's assets as index.html names them, in document order:
 * module scripts with a src, modulepreload links and stylesheet links.
 * @param {string} html
 * @returns {{ kind: 'script' | 'modulepreload' | 'stylesheet', url: string }[]}
 */
export function entryAssets(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const assets = [];
  for (const [tag, name] of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (name.toLowerCase() === 'script') {
      if (attrs.type === 'module' && attrs.src) assets.push({ kind: 'script', url: attrs.src });
    } else {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('modulepreload') && attrs.href)
        assets.push({ kind: 'modulepreload', url: attrs.href });
      else if (rel.includes('stylesheet') && attrs.href)
        assets.push({ kind: 'stylesheet', url: attrs.href });
    }
  }
  return assets;
}

/**
 * The specifiers a built chunk imports statically: `import … from "x"`, `import "x"`,
 * `export … from "x"`. Dynamic `import("x")` and `import.meta` are not static imports.
 * Comments and string contents are blanked first, so text that only looks like an import
 * (inside a string or a comment) is ignored.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const blanked = blankCommentsAndStrings(code);
  const found = [];
  // At a statement start: the chunk's start, or after `;`, `}` or a line break.
  const pattern =
    /(?:^|[;}\n])\s*(?:import|export)(?=[\s{*"'])\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'])/g;
  for (const match of blanked.matchAll(pattern)) {
    const quoteStart = match.index + match[0].length - 1;
    const end = code.indexOf(match[1], quoteStart + 1);
    if (end > quoteStart) found.push(code.slice(quoteStart + 1, end));
  }
  return [...new Set(found)];
}

const REGEX_AFTER = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORD =
  /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/**
 * The code with comments and the contents of strings, template literals and regular
 * expressions replaced by spaces (same length, line breaks kept), so only code is left to
 * search. A string keeps its quote characters, so a specifier's position survives.
 * Template literals nest (`${…}` holds code); a `/` starts a regular expression where an
 * operand is expected (after an operator, a bracket or a keyword such as `return`).
 */
function blankCommentsAndStrings(code) {
  const out = code.split('');
  const blank = (from, to) => {
    for (let k = from; k < to && k < code.length; k++) if (code[k] !== '\n') out[k] = ' ';
  };
  /** Brace depth of each open `${`: at depth 0 its `}` returns to the template text. */
  const templates = [];
  let prev = '';
  let i = 0;
  const scanTemplateText = () => {
    // From inside a template's text to its closing backtick or the next `${`.
    let j = i;
    while (j < code.length && code[j] !== '`' && !(code[j] === '$' && code[j + 1] === '{')) {
      j += code[j] === '\\' ? 2 : 1;
    }
    blank(i, j);
    if (code[j] === '$') {
      templates.push(0);
      i = j + 2;
      prev = '{';
    } else {
      i = j + 1;
      prev = '`';
    }
  };
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? code.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
      prev = c;
    } else if (c === '`') {
      i += 1;
      scanTemplateText();
    } else if (
      c === '/' &&
      (REGEX_AFTER.has(prev) ||
        prev === '' ||
        REGEX_AFTER_WORD.test(code.slice(Math.max(0, i - 12), i).trimEnd()))
    ) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n' && (inClass || code[j] !== '/')) {
        if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j += code[j] === '\\' ? 2 : 1;
      }
      blank(i, j + 1);
      i = j + 1;
      prev = 'a';
    } else if (templates.length && (c === '{' || c === '}')) {
      const depth = templates.length - 1;
      if (c === '{') templates[depth] += 1;
      else if (templates[depth] === 0) {
        templates.pop();
        i += 1;
        scanTemplateText();
        continue;
      } else templates[depth] -= 1;
      prev = c;
      i += 1;
    } else {
      if (!/\s/.test(c)) prev = c;
      i += 1;
    }
  }
  return out.join('');
}

/**
 * Totals and the verdict for a list of measured files.
 * @param {{ file: string, raw: number, gzip: number }[]} files sizes in bytes
 * @param {number} budgetKB
 * @param {number} [maxFiles] no limit when left out
 */
export function summarise(files, budgetKB, maxFiles = Infinity) {
  const totalRaw = files.reduce((sum, f) => sum + f.raw, 0);
  const totalGzip = files.reduce((sum, f) => sum + f.gzip, 0);
  const budgetBytes = budgetKB * 1000;
  const biggest = [...files].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
  const tooManyFiles = files.length > maxFiles;
  return { totalRaw, totalGzip, budgetBytes, over: totalGzip > budgetBytes, tooManyFiles, biggest };
}

/**
 * Every file the first view loads, following static imports from the entry assets.
 * `read(path)` returns a file's text; paths are posix, relative to the build folder.
 * @param {string} html
 * @param {(path: string) => string} read
 * @param {(path: string) => boolean} exists
 * @returns {string[]}
 */
export function firstViewFiles(html, read, exists) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (!path.endsWith('.js') && !path.endsWith('.mjs')) return;
    for (const spec of staticImports(read(path))) {
      if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) {
        visit(toBuildPath(posix.join(posix.dirname(`/${path}`), spec), exists));
      }
    }
  };
  for (const asset of entryAssets(html)) {
    if (/^(?:[a-z]+:)?\/\//i.test(asset.url) || asset.url.startsWith('data:')) continue;
    visit(toBuildPath(new URL(asset.url, 'http://build.invalid/index.html').pathname, exists));
  }
  return [...seen];
}

/** `/sco/assets/x.js` under BASE=/sco/ → `assets/x.js`: drops leading segments until the file exists. */
function toBuildPath(urlPath, exists) {
  const segments = decodeURIComponent(urlPath).split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/');
    if (exists(candidate)) return candidate;
  }
  return segments.join('/');
}

/**
 * What is wrong with the lazy chunks: one message per name that has no chunk of its own, or
 * whose chunk the first view loads. The bundler names a chunk after the module it splits off
 * and a hash: `CanvasLanes` → `assets/CanvasLanes-B1x_9aZ2.js`.
 * @param {string[]} builtFiles paths in the build folder, posix
 * @param {string[]} firstView the first view's files (firstViewFiles)
 * @param {string[]} names chunk names
 * @returns {string[]}
 */
export function lazyChunkProblems(builtFiles, firstView, names) {
  const loaded = new Set(firstView);
  return names.flatMap((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?:^|/)${escaped}-[\\w-]+\\.js$`);
    const chunks = builtFiles.filter((file) => pattern.test(file));
    if (!chunks.length) return [`${name}: no chunk of its own (is it also imported statically?)`];
    return chunks.filter((file) => loaded.has(file)).map((file) => `${name}: ${file} is loaded by the first view`);
  });
}

/** A JavaScript or TypeScript source file's extension. */
const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|po)$/;
const withoutExtension = (/** @type {string} */ path) => path.replace(SOURCE_EXTENSION, '');

/**
 * The modules that source code loads lazily, by chunk name: the last segment of each literal
 * relative `import('…')` specifier, without its extension. `typeof import('…')` is a type, not
 * a load, and is skipped; so are test files.
 * @param {{ path: string, code: string }[]} sources
 * @returns {string[]} sorted, each once
 */
export function lazyImportNames(sources) {
  const names = new Set();
  for (const { path, code } of sources) {
    if (withoutExtension(path).endsWith('.test')) continue;
    for (const match of code.matchAll(/(typeof\s+)?\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\2\s*\)/g)) {
      if (match[1]) continue;
      // A query (`en.po?first`) names a part of the same file: the chunk is named for the file.
      names.add(withoutExtension(posix.basename(match[3].split('?')[0] ?? match[3])));
    }
  }
  return [...names].sort();
}

/** Every file under `dir`, as posix paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) {
    console.error(`check-budget: ${indexHtml} not found; run \`npm run build\` first`);
    process.exit(2);
  }
  const budgetKB = Number(process.env.BUDGET_KB ?? DEFAULT_BUDGET_KB);
  if (!(budgetKB > 0)) {
    console.error(
      `check-budget: BUDGET_KB must be a positive number, got ${process.env.BUDGET_KB}`,
    );
    process.exit(2);
  }
  const maxFiles = process.env.MAX_FILES ? Number(process.env.MAX_FILES) : Infinity;
  if (!(maxFiles > 0)) {
    console.error(`check-budget: MAX_FILES must be a positive number, got ${process.env.MAX_FILES}`);
    process.exit(2);
  }
  const html = readFileSync(indexHtml, 'utf8');
  const paths = firstViewFiles(
    html,
    (p) => readFileSync(join(dist, p), 'utf8'),
    (p) => existsSync(join(dist, p)),
  );
  const missing = paths.filter((p) => !existsSync(join(dist, p)));
  if (missing.length) {
    console.error(
      `check-budget: index.html or a chunk names files that are not in ${dist}: ${missing.join(', ')}`,
    );
    process.exit(2);
  }
  const files = paths.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const summary = summarise(files, budgetKB, maxFiles);
  const width = Math.max(5, ...files.map((f) => f.file.length));
  console.log(`First-view JS and CSS (${dist}), kB = 1000 bytes, gzip level 9:`);
  console.log(`  ${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${f.file.padEnd(width)}  ${kB(f.raw).padStart(8)}  ${kB(f.gzip).padStart(8)}`);
  }
  console.log(
    `  ${'total'.padEnd(width)}  ${kB(summary.totalRaw).padStart(8)}  ${kB(summary.totalGzip).padStart(8)}`,
  );
  const verdict = `${kB(summary.totalGzip)} kB gzipped of a ${budgetKB} kB budget`;
  const listed = (process.env.LAZY_CHUNKS ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  const sourceDir = process.env.LAZY_CHUNKS_FROM ? resolve(root, process.env.LAZY_CHUNKS_FROM) : null;
  const imported = sourceDir
    ? lazyImportNames(
        filesUnder(sourceDir)
          .filter((path) => SOURCE_EXTENSION.test(path))
          .map((path) => ({ path, code: readFileSync(join(sourceDir, path), 'utf8') })),
      )
    : [];
  const lazyNames = [...new Set([...listed, ...imported])];
  const failures = [];
  if (summary.over) {
    const names = summary.biggest.map((f) => `${f.file} (${kB(f.gzip)} kB)`).join(', ');
    failures.push(
      `OVER BUDGET by ${kB(summary.totalGzip - summary.budgetBytes)} kB: ${verdict}. ` +
        `Biggest: ${names}. Load what the first view does not need lazily (dynamic import).`,
    );
  }
  if (summary.tooManyFiles) {
    failures.push(
      `the first view loads ${files.length} files, more than MAX_FILES=${maxFiles}. ` +
        `A new lazy chunk may have made the bundler split modules it shares with the entry ` +
        `into chunks of their own: pass the lazy code what it needs, rather than importing it.`,
    );
  }
  for (const problem of lazyChunkProblems(filesUnder(dist), paths, lazyNames)) {
    failures.push(`lazy chunk ${problem}`);
  }
  if (failures.length) {
    for (const failure of failures) console.error(`check-budget: ${failure}`);
    process.exit(1);
  }
  const count = Number.isFinite(maxFiles) ? `, ${files.length} files of ${maxFiles}` : '';
  const lazy = lazyNames.length ? `, ${lazyNames.length} lazy chunks apart` : '';
  console.log(`check-budget: ok, ${verdict}${count}${lazy}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
