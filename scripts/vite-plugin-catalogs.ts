/**
 * Compiles the interface's `.po` catalogs into modules of precompiled ICU messages, as
 * Lingui's runtime reads them (`export const messages`). Each catalog is imported lazily, so
 * each language is a chunk of its own.
 *
 * Lingui's own Vite plugin does the same, but it loads @lingui/cli, which needs Node 22's
 * `fs.globSync`; this one uses the same compiler (`@lingui/message-utils`) on Node 20. Like
 * that plugin with `failOnMissing` and `failOnCompileError`, it fails the build when a catalog
 * lacks a message of the English one, has one that English has not, or holds invalid ICU.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { parsePo } from '../src/i18n/po-file.ts';

const SOURCE_LANGUAGE = 'en';

/** The compiled messages of one catalog, or the list of what is wrong with it. */
export function compileCatalog(
  name: string,
  text: string,
  sourceText: string,
): { messages: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const entries = parsePo(text);
  const sourceIds = new Set(parsePo(sourceText).map((entry) => entry.id));
  const messages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!sourceIds.has(entry.id)) problems.push(`${name}:${entry.line}: “${entry.id}” is not in ${SOURCE_LANGUAGE}.po`);
    else if (entry.message === '') problems.push(`${name}:${entry.line}: “${entry.id}” has no translation`);
    else if (Object.hasOwn(messages, entry.id)) problems.push(`${name}:${entry.line}: “${entry.id}” twice`);
    else {
      try {
        messages[entry.id] = compileMessage(entry.message);
      } catch (error) {
        problems.push(`${name}:${entry.line}: “${entry.id}” is not valid ICU: ${(error as Error).message}`);
      }
    }
  }
  for (const id of sourceIds) {
    if (!entries.some((entry) => entry.id === id)) problems.push(`${name}: “${id}” is missing`);
  }
  return { messages, problems };
}

export function catalogs(): Plugin {
  return {
    name: 'sco-po-catalogs',
    transform: {
      filter: { id: /\.po$/ },
      handler(text, id) {
        const source = join(dirname(id), `${SOURCE_LANGUAGE}.po`);
        this.addWatchFile(source);
        const { messages, problems } = compileCatalog(basename(id), text, readFileSync(source, 'utf8'));
        if (problems.length) throw new Error(`The catalog ${id} has problems:\n${problems.join('\n')}`);
        // JSON.parse of a string literal is faster to load than the same object literal.
        return { code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`, map: null, moduleType: 'js' };
      },
    },
  };
}
