/**
 * Loading a user's data as a query: from a link (`data`) or from a file kept in this browser
 * (`file`). The reader and its worker load only here, with `import()`, so the first view
 * never carries them. The progress of each read is kept beside the query for the loading
 * screen to show.
 */
import { queryOptions } from '@tanstack/react-query';
import type { DataSource } from '../../state/data-source';
import { OwnDataError, type OwnDataResult } from './own-data-types';
import type { ReadProgress } from './read-own-data';

export type OwnSource = Exclude<DataSource, { kind: 'bundled' }>;

/** What a loaded user's dataset brings besides its records. */
export interface OwnData extends OwnDataResult {
  source: OwnSource;
}

export function ownDataKey(source: OwnSource): readonly unknown[] {
  return ['own-data', source.kind, source.kind === 'url' ? source.url : source.id];
}

type Listener = () => void;
const progressByKey = new Map<string, ReadProgress>();
const listeners = new Set<Listener>();

function setProgress(key: string, progress: ReadProgress | null) {
  if (progress) progressByKey.set(key, progress);
  else progressByKey.delete(key);
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: the latest progress of a read. */
export const readProgress = {
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (source: OwnSource) => progressByKey.get(JSON.stringify(ownDataKey(source))) ?? null,
};

async function filesOf(source: OwnSource): Promise<File[] | null> {
  if (source.kind !== 'file') return null;
  const { keptFile } = await import('./recent-files');
  const kept = await keptFile(source.id);
  if (!kept) {
    throw new OwnDataError('unreachable', {
      id: 'ownData.error.notKept',
      values: { open: { id: 'ownData.open' } },
    });
  }
  return kept.files;
}

export function ownDataQuery(source: OwnSource) {
  const key = ownDataKey(source);
  const progressKey = JSON.stringify(key);
  return queryOptions({
    queryKey: key,
    queryFn: async ({ signal }): Promise<OwnData> => {
      setProgress(progressKey, {
        phase: source.kind === 'url' ? 'download' : 'parse',
        fraction: null,
      });
      try {
        const files = await filesOf(source);
        const { readOwnData } = await import('./read-own-data');
        const input = files
          ? { kind: 'files' as const, files }
          : { kind: 'url' as const, url: (source as { url: string }).url };
        const result = await readOwnData(input, {
          signal,
          onProgress: (progress) => setProgress(progressKey, progress),
        });
        // The benchmark reads how long the read took, apart from the render that follows it.
        performance.mark('own-data:read', { detail: { rows: result.preview.validRows } });
        return { ...result, source };
      } finally {
        setProgress(progressKey, null);
      }
    },
    // A user's data does not change while it is shown; a new file is a new query.
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
