/**
 * A build plugin that asks V8 to compile chunks eagerly: the magic comment
 * `//# allFunctionsCalledOnLoad` (V8's explicit compile hints, Chrome 136 and later) as the
 * first line of each chunk named in `chunks`. Without it V8 compiles each function when it is
 * first called, so the reader's first selection compiled the details panel's code, and the
 * views that follow the change compiled theirs, in the frames after the click. With it they
 * are compiled as their chunk arrives, on a background thread. Browsers without compile hints
 * read an ordinary comment.
 *
 * Only chunks that load after the first paint: compiled eagerly, the first view's script
 * (the entry) made the first paint about 20 ms later on this machine's loopback, where its
 * compilation cannot hide behind its download, for no gain in a first click that could be
 * told from the machine's noise once those chunks were hinted (both measured in turns).
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

export function compileHints(chunks: readonly string[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own code at the top of a chunk (the entry's list of lazy chunks' files):
      // V8 eagerly compiles only the functions that follow the comment.
      order: 'post',
      handler(_options, bundle) {
        // A renamed chunk would lose its hint without a word: the build says so instead.
        const names = new Set(
          Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output.name] : [])),
        );
        const missing = chunks.filter((name) => !names.has(name));
        if (missing.length) this.error(`compile-hints: no chunk named ${missing.join(', ')}`);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunks.includes(chunk.name)) continue;
          chunk.code = withCompileHint(chunk.code);
          // The map is already an asset of the bundle by now.
          const map = chunk.sourcemapFileName ? bundle[chunk.sourcemapFileName] : undefined;
          if (map?.type === 'asset' && typeof map.source === 'string')
            map.source = mapMovedDown(map.source);
        }
      },
    },
  };
}
