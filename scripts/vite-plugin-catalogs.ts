/**
 * Compiles the interface's `.po` catalogs into modules of precompiled ICU messages, as
 * Lingui's runtime reads them (`export const messages`). Each catalog is imported lazily, so
 * each language is a chunk of its own; `?first` and `?rest` import the first view's messages
 * and the others (src/i18n/catalog-parts.ts), two chunks per language.
 *
 * Lingui's own Vite plugin does the same, but it loads @lingui/cli, which needs Node 22's
 * `fs.globSync`; this one uses the same compiler (`@lingui/message-utils`) on Node 20. Like
 * that plugin with `failOnMissing` and `failOnCompileError`, it fails the build when a catalog
 * lacks a message of the English one, has one that English has not, or holds invalid ICU.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalog, SOURCE_LANGUAGE } from '../src/i18n/compile-catalog.ts';
import { messagesOf, type CatalogPart } from '../src/i18n/catalog-parts.ts';

export function catalogs(): Plugin {
  return {
    name: 'sco-po-catalogs',
    transform: {
      filter: { id: /\.po(\?(first|rest))?$/ },
      handler(text, id) {
        const [file = id, query] = id.split('?');
        const part = query as CatalogPart | undefined;
        const source = join(dirname(file), `${SOURCE_LANGUAGE}.po`);
        this.addWatchFile(source);
        const { messages, problems } = compileCatalog(basename(file), text, readFileSync(source, 'utf8'));
        if (problems.length) throw new Error(`The catalog ${file} has problems:\n${problems.join('\n')}`);
        const shipped = part ? messagesOf(messages, part) : messages;
        // JSON.parse of a string literal is faster to load than the same object literal.
        return { code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(shipped))});`, map: null, moduleType: 'js' };
      },
    },
  };
}
