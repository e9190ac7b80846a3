import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetQuery, manifestQuery, retryLoading } from '../data/load-dataset';
import { indexDataset } from '../data/dataset-index';
import { chooseDataset } from './dataset-choice';
import { useDatasetParam } from '../state/use-view-state';
import { shortValue } from '../state/view-state';
import { Explorer } from './Explorer';
import { LoadError, Loading } from './LoadStates';

/** Loads the manifest, picks the dataset the URL names (or the default), and loads that. */
export function DatasetLoader() {
  const [datasetParam] = useDatasetParam();
  const queryClient = useQueryClient();
  const retry = () => void retryLoading(queryClient);
  const manifest = useQuery(manifestQuery());
  const choice = manifest.data
    ? chooseDataset(manifest.data, datasetParam)
    : { entry: undefined, unknown: false };
  const { entry } = choice;
  const dataset = useQuery(datasetQuery(entry));
  const index = useMemo(() => (dataset.data ? indexDataset(dataset.data) : null), [dataset.data]);

  if (manifest.error) return <LoadError error={manifest.error} onRetry={retry} />;
  if (dataset.error) return <LoadError error={dataset.error} onRetry={retry} />;
  if (!index || !entry) return <Loading />;
  const datasetNotice =
    datasetParam && choice.unknown
      ? {
          param: 'dataset' as const,
          value: shortValue(datasetParam),
          message: `no dataset called “${shortValue(datasetParam)}”: showing the default`,
        }
      : null;
  return (
    <Explorer
      index={index}
      entry={entry}
      datasetNotice={datasetNotice}
      datasetId={entry.id === manifest.data?.defaultDataset ? null : entry.id}
    />
  );
}
