/**
 * A Vite plugin that lets the browser fetch the data while the app's JavaScript is still
 * loading. index.html gets a small inline script that reads the `dataset` parameter and adds
 * `<link rel="preload" as="fetch">` for the manifest and that dataset's file; the app's own
 * fetches then find them in flight or done. The id → file table is read from
 * public/data/datasets.json at build time. A manifest deployed later without a rebuild only
 * makes a hint miss (the app still reads the real manifest), and a dataset named by title
 * rather than id preloads the default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface ManifestFiles {
  defaultDataset: string;
  datasets: { id: string; file: string }[];
}

const MANIFEST = 'datasets.json';

/** The inline script for a manifest: plain ES5, so it runs before anything else is parsed. */
export function preloadScript(manifest: ManifestFiles, base = './'): string {
  const files = Object.fromEntries(manifest.datasets.map((entry) => [entry.id, entry.file]));
  const table = JSON.stringify(files).replace(/</g, '\\u003c');
  const fallback = JSON.stringify(manifest.defaultDataset);
  return [
    '(function () {',
    `  var files = ${table};`,
    '  var id = new URLSearchParams(location.search).get("dataset");',
    `  var file = Object.prototype.hasOwnProperty.call(files, id) ? files[id] : files[${fallback}];`,
    `  [${JSON.stringify(MANIFEST)}, file].forEach(function (name) {`,
    '    if (!name) return;',
    '    var link = document.createElement("link");',
    '    link.rel = "preload";',
    '    link.as = "fetch";',
    '    link.crossOrigin = "anonymous";',
    `    link.href = ${JSON.stringify(base)} + "data/" + name;`,
    '    document.head.appendChild(link);',
    '  });',
    '})();',
  ].join('\n');
}

/**
 * The page with the script right after its charset declaration: before any stylesheet, since
 * a classic script waits for the stylesheets above it, and the fetches should not.
 */
export function withPreloadScript(html: string, script: string): string {
  const tag = `<script>${script}</script>`;
  const charset = /<meta\s+charset[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${tag}`);
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
}

/** `base` is the app's base path, as the app's own fetches use it (import.meta.env.BASE_URL). */
export function dataPreload(publicDir: string): Plugin {
  let base = './';
  return {
    name: 'sco-data-preload',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(html) {
      const manifest = JSON.parse(
        readFileSync(join(publicDir, 'data', MANIFEST), 'utf8'),
      ) as ManifestFiles;
      return withPreloadScript(html, preloadScript(manifest, base));
    },
  };
}
