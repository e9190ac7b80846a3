/**
 * A build plugin that asks V8 to compile the first view's script eagerly: the magic comment
 * `//# allFunctionsCalledOnLoad` (V8's explicit compile hints, Chrome 136 and later) as the
 * entry chunk's first line. Without it V8 compiles each function when it is first called,
 * and the reader's first click called some fifty functions for the first time (the filter's
 * render, the chips, the timeline's relayout): their compilation was part of that click.
 * With it they are compiled while the script streams in, on a background thread. Browsers
 * without compile hints read an ordinary comment.
 *
 * The entry chunk, whose code almost all runs for the first view or the first interaction,
 * which is what the hint is for; and the lazy chunks named in `chunks`, whose code the first
 * interactions run (a selection's details, the sections that follow every change): they load
 * after the first paint, so their eager compilation costs the first view nothing. Other lazy
 * chunks stay lazily compiled.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with the hint as its first line. */
export const withCompileHint = (code: string) => `${COMPILE_HINT}\n${code}`;

/** A source map (JSON) for code that gained a first line: every mapping moves down one line. */
export function mapMovedDown(json: string): string {
  const map = JSON.parse(json) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

export function compileHints(chunks: readonly string[] = []): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own code before the entry's imports (its list of lazy chunks' files):
      // V8 eagerly compiles only the functions that follow the comment.
      order: 'post',
      handler(_options, bundle) {
        // A renamed chunk would lose its hint without a word: the build says so instead.
        const names = new Set(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output.name] : [])));
        const missing = chunks.filter((name) => !names.has(name));
        if (missing.length) this.error(`compile-hints: no chunk named ${missing.join(', ')}`);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !(chunk.isEntry || chunks.includes(chunk.name))) continue;
          chunk.code = withCompileHint(chunk.code);
          // The map is already an asset of the bundle by now.
          const map = chunk.sourcemapFileName ? bundle[chunk.sourcemapFileName] : undefined;
          if (map?.type === 'asset' && typeof map.source === 'string') map.source = mapMovedDown(map.source);
        }
      },
    },
  };
}
