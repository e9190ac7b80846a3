/**
 * A `.po` catalog compiled into Lingui's message form, checked against the English one:
 * shared by the build's catalog plugin (scripts/vite-plugin-catalogs.ts) and the tests.
 */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { parsePo } from './po-file';

export const SOURCE_LANGUAGE = 'en';

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
        messages[entry.id] = compileMessageOrThrow(entry.message);
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
