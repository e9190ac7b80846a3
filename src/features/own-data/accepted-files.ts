/** What "Open your data" offers in the file picker, and what a drop is checked against. */
export const ACCEPTED_FILES =
  '.csv,.tsv,.tab,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json';

/** A drag that carries files (not text or a link dragged from the page). */
export function carriesFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}
