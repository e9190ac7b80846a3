/**
 * The validator (zod, the schema and the checks of validate.ts) is a chunk of its own: the
 * first view's script does not carry it. The page starts loading it beside the manifest and
 * the dataset (start-loading.ts), so it is there by the time a file has arrived.
 */

let chunk: Promise<typeof import('./validate')> | null = null;

/** The validator, loaded once; after a failure the next call loads it again. */
export function loadValidator(): Promise<typeof import('./validate')> {
  chunk ??= import('./validate').catch((error: unknown) => {
    chunk = null;
    throw error;
  });
  return chunk;
}

/**
 * From this many meetings the compiled schema pays for loading and compiling it (about 10 kB
 * gzipped and its code generation); below, the interpreter is quicker than waiting for it.
 */
export const COMPILED_SCHEMA_FROM = 5000;

/** Starts loading the compiled schema; validateDataset uses it from then on. Never rejects. */
export function loadCompiledSchema(): Promise<void> {
  return loadValidator().then(
    (validator) => validator.loadCompiledSchema(),
    () => undefined,
  );
}

/** How many meetings a parsed file claims to hold, before it is validated. */
export function claimedMeetings(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('meetings' in json)) return 0;
  return Array.isArray(json.meetings) ? json.meetings.length : 0;
}
