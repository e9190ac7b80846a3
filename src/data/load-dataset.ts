/**
 * Loading the manifest and a dataset over HTTP, validated at the boundary.
 * Query options factories keep keys and fetchers in one place (react-query).
 */
import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import type { Dataset, Manifest, ManifestEntry } from './schema';
import type { Problem, ValidationResult } from './problem';
import { claimedMeetings, loadValidator } from './validator-chunk';

/** The data never changes while the app runs: fetch once, keep forever. */
const FOREVER = Infinity;

/**
 * A file that arrived but is not a valid dataset: the page words the problems (the message,
 * for logs, names the file).
 */
export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(file);
    this.name = 'DataValidationError';
  }
}

/**
 * A file that could not be fetched: the page names the failure (the server's status, or null
 * for a failed request) and offers Retry.
 */
export class DataFetchError extends Error {
  constructor(
    readonly file: string,
    readonly status: number | null,
  ) {
    super(`${file}: ${status}`);
    this.name = 'DataFetchError';
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * The body read whole as bytes, then decoded and parsed: what `response.json()` does, only
 * faster in Chromium for a large file (README, "Measurements behind the design"). Like
 * `json()`, TextDecoder
 * decodes UTF-8 and drops a byte-order mark.
 */
export function parseJsonBytes(bytes: ArrayBuffer): unknown {
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

async function fetchJson(file: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DataFetchError(file, null);
  }
  if (!response.ok) throw new DataFetchError(file, response.status);
  try {
    return parseJsonBytes(await response.arrayBuffer());
  } catch {
    throw new DataValidationError(file, [{ path: '', message: 'the file is not valid JSON', detail: { code: 'notJson' } }]);
  }
}

function unwrap<T>(file: string, result: ValidationResult<T>): T {
  if (!result.ok) throw new DataValidationError(file, result.problems);
  return result.value;
}

export const MANIFEST_FILE = 'datasets.json';

export function manifestQuery() {
  return queryOptions({
    queryKey: ['manifest'],
    queryFn: async ({ signal }): Promise<Manifest> => {
      const [json, { validateManifest }] = await Promise.all([fetchJson(MANIFEST_FILE, signal), loadValidator()]);
      return unwrap(MANIFEST_FILE, validateManifest(json));
    },
    staleTime: FOREVER,
    gcTime: FOREVER,
  });
}

/**
 * The dataset a manifest entry names; waits (skipToken) until the manifest has given one.
 * `onParsed` hears how many meetings the file claims as soon as it is parsed, before it is
 * validated, so that code a large dataset needs can load meanwhile.
 */
export function datasetQuery(entry: ManifestEntry | undefined, onParsed?: (claimedMeetings: number) => void) {
  return queryOptions({
    // The file is part of the key: a fixed manifest that names another file loads that one.
    queryKey: ['dataset', entry?.id, entry?.version, entry?.file],
    queryFn: entry
      ? async ({ signal }): Promise<Dataset> => {
          const json = await fetchJson(entry.file, signal);
          onParsed?.(claimedMeetings(json));
          const { validateDataset } = await loadValidator();
          return unwrap(entry.file, validateDataset(json));
        }
      : skipToken,
    staleTime: FOREVER,
    gcTime: FOREVER,
  });
}

/**
 * Retry after a failed load: the manifest is fetched anew, since a broken one may have been
 * fixed to name another file, and the dataset queries are dropped, so the dataset is fetched
 * again from what the new manifest names (and not from the old one meanwhile).
 */
export function retryLoading(client: QueryClient): Promise<void> {
  client.removeQueries({ queryKey: ['dataset'] });
  return client.resetQueries({ queryKey: manifestQuery().queryKey });
}
