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

/** How many meetings a parsed file claims to hold, before it is validated. */
export function claimedMeetings(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('meetings' in json)) return 0;
  return Array.isArray(json.meetings) ? json.meetings.length : 0;
}
