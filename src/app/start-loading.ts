/**
 * The page's data starts loading before React first renders: the manifest, then the dataset
 * the URL names, through the same queries DatasetLoader reads, so nothing is fetched twice.
 * The manifest's request itself is made earlier still, by a preload in index.html, whose
 * response the query's fetch() takes. (Fetching the dataset from index.html too, before the
 * app's script, was measured and dropped: its download then competes with the script's,
 * worse on a slow link, and the first paint here is bound by CPU, not by the network.
 * Figures: README, "Measurements behind the design".)
 */
import { QueryClient } from '@tanstack/react-query';
import { datasetQuery, manifestQuery } from '../data/load-dataset';
import { loadValidator } from '../data/validator-chunk';
import { loadCanvasLanes } from '../features/timeline/canvas/canvas-lanes-chunk';
import { MANY_MEETINGS } from '../data/large-dataset';
import type { StartupRequest } from '../state/data-source';
import { chooseDataset } from './dataset-choice';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failed fetch is shown at once with a Retry button: the reader decides.
      // offlineFirst: a query runs even when the browser says it is offline, since the
      // service worker may have the file; react-query would otherwise pause it (and the
      // page would say it is loading, for ever). A failure offline says so and heals on
      // `online`.
      queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'offlineFirst' },
    },
  });
}

/**
 * Starts loading the code a dataset of this many meetings needs: the canvas timeline. It
 * loads once, however often this is called.
 */
export function preloadForSize(meetings: number): void {
  if (meetings > MANY_MEETINGS) void loadCanvasLanes();
}

/**
 * Starts fetching and validating; failures are left for DatasetLoader to show. The code a
 * large dataset needs starts loading as early as its size is known: from the manifest, where
 * it gives the count (sooner than asking once the file is parsed: README, "Measurements
 * behind the design"), else from the parsed file.
 */
export function startLoading(client: QueryClient, request: StartupRequest): void {
  // The validator's chunk loads beside the manifest: it is needed as soon as a file arrives.
  void loadValidator().catch(() => undefined);
  // A user's file or link loads through its own reader: the bundled dataset is not fetched.
  if (request.ownData) return;
  const param = request.dataset;
  void client
    .query(manifestQuery())
    .then((manifest) => {
      const { entry } = chooseDataset(manifest, param);
      if (entry?.meetings !== undefined) preloadForSize(entry.meetings);
      return entry ? client.query(datasetQuery(entry, preloadForSize)) : undefined;
    })
    .catch(() => undefined);
}
