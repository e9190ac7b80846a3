/**
 * The page's data starts loading before React first renders: the manifest, then the dataset
 * the URL names, through the same queries DatasetLoader reads, so nothing is fetched twice.
 * (Starting them from index.html, before the app's script, was measured twice and dropped:
 * the download then competes with the script's, worse on a slow link (Lighthouse's largest
 * paint 3.0 → 4.0 s), and the first paint here is bound by CPU, not by the network: no
 * faster at 15 or 10,000 meetings.)
 */
import { QueryClient } from '@tanstack/react-query';
import { datasetQuery, manifestQuery } from '../data/load-dataset';
import { loadCanvasLanes } from '../features/timeline/canvas-lanes-chunk';
import { MANY_MEETINGS } from '../ui/many-meetings';
import { DATASET_PARAM } from '../state/use-view-state';
import { chooseDataset } from './dataset-choice';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failed fetch is shown at once with a Retry button: the reader decides.
      queries: { retry: false, refetchOnWindowFocus: false },
    },
  });
}

/** A dataset the timeline will draw on a canvas: its chunk loads while the file is validated. */
function preloadForSize(claimedMeetings: number): void {
  if (claimedMeetings > MANY_MEETINGS) void loadCanvasLanes();
}

/** Starts fetching and validating; failures are left for DatasetLoader to show. */
export function startLoading(client: QueryClient, search: string): void {
  const param = new URLSearchParams(search).get(DATASET_PARAM);
  void client
    .query(manifestQuery())
    .then((manifest) => {
      const { entry } = chooseDataset(manifest, param);
      return entry ? client.query(datasetQuery(entry, preloadForSize)) : undefined;
    })
    .catch(() => undefined);
}
