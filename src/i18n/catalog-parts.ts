/**
 * Each language's catalog ships in two parts. The first view's part (the header, the filters,
 * the timeline and its list, notices, loading and error pages) loads before the first render;
 * the rest (the map, the cards, the source text, the details, exports, the reader of a user's
 * file) loads at once beside it, and every lazy view waits for it (see catalogsComplete in
 * translate.ts). An English reader thus fetches before the first paint only the words the
 * first view shows. first-view-catalog.test.ts checks that the first view's modules use no
 * message of the rest.
 */

/** Message ids of the first view, by prefix (a whole id is its own prefix). */
export const FIRST_VIEW_PREFIXES = [
  'app.',
  'document.',
  'header.',
  'language.',
  'explorer.',
  'notice.',
  'notices.',
  'dataUrl.',
  'load.',
  'section.',
  'action.',
  'offline.',
  'filters.',
  'facet.',
  'search.',
  'name.',
  'timeline.',
  'meetings.',
  'meeting.',
  'share.button',
  // Said by the header's share button when its menu's chunk cannot load.
  'share.menuFailed',
  'link.',
  'shape.',
  'period.',
  // The header's "Open your data" and the page-wide drop sign; the panel and the reader wait.
  'ownData.open',
  'ownData.panelButton',
] as const;

/**
 * Messages under a first-view prefix that only lazy views show (the details, the map's
 * tooltip, the file reader's panel and problems, the drop sign): they ship with the rest.
 * first-view-catalog.test.ts fails if a first-view module names one of them.
 */
export const REST_UNDER_FIRST_VIEW_PREFIXES: ReadonlySet<string> = new Set([
  'action.close',
  'link.stated',
  'link.editorial',
  'meetings.count',
  'load.problems',
  'load.problemsLabel',
  'load.more',
  'load.invalidFile',
  'ownData.openBundled',
  'ownData.openExample',
  'ownData.opening',
]);

export type CatalogPart = 'first' | 'rest';

/** Which part of the catalog a message ships in. */
export function partOf(id: string): CatalogPart {
  return FIRST_VIEW_PREFIXES.some((prefix) => id.startsWith(prefix)) && !REST_UNDER_FIRST_VIEW_PREFIXES.has(id)
    ? 'first'
    : 'rest';
}

/** The messages of one part. */
export function messagesOf<T>(messages: Record<string, T>, part: CatalogPart): Record<string, T> {
  return Object.fromEntries(Object.entries(messages).filter(([id]) => partOf(id) === part));
}
