import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import { SEARCH_PREBUILD_LIMIT } from '../data/large-dataset';
import { whenIdle } from '../lib/when-idle';
import { retryableImport } from '../lib/retryable-import';
import { useOnReconnect } from '../ui/use-online';
import type { MeetingSearch, SearchHit } from './search-index';


const searchChunk = retryableImport(() => import('./search-index'));

interface Built {
  index: DatasetIndex;
  search: MeetingSearch;
}

/**
 * Search hits for a query. The search module (MiniSearch) loads in its own chunk, off the
 * first view's path, and its index is built once per dataset: while the browser is idle
 * after the first paint, or on the first search. A chunk that failed to load (offline) is
 * asked for again on `retry` and when the connection returns.
 */
export function useMeetingSearch(
  index: DatasetIndex,
  query: string,
): { hits: Map<string, SearchHit> | null; pending: boolean; failed: boolean; retry: () => void } {
  const [built, setBuilt] = useState<Built | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = query.trim() !== '';
  const ready = built?.index === index;

  useEffect(() => {
    if (ready || failed || (!wanted && index.meetings.length > SEARCH_PREBUILD_LIMIT)) return;
    let cancelled = false;
    const build = () => {
      searchChunk.load().then(
        ({ buildMeetingSearch }) => {
          if (!cancelled) setBuilt({ index, search: buildMeetingSearch(index) });
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
    };
    if (wanted) {
      build();
      return () => {
        cancelled = true;
      };
    }
    const cancelIdle = whenIdle(build, 2000);
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [index, wanted, ready, failed]);
  const retry = useCallback(() => setFailed(false), []);
  useOnReconnect(retry, failed);

  const hits = useMemo(() => {
    if (!wanted) return null;
    // Until the index is ready, a search matches nothing rather than everything.
    return ready ? built.search.search(query) : new Map<string, SearchHit>();
  }, [wanted, ready, built, query]);
  return { hits, pending: wanted && !ready, failed: wanted && failed, retry };
}
