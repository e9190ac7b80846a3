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

/** Starts fetching and validating; failures are left for DatasetLoader to show. */
export function startLoading(client: QueryClient, search: string): void {
  const param = new URLSearchParams(search).get(DATASET_PARAM);
  void client
    .query(manifestQuery())
    .then((manifest) => {
      const { entry } = chooseDataset(manifest, param);
      return entry ? client.query(datasetQuery(entry)) : undefined;
    })
    .catch(() => undefined);
}
