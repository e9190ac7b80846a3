import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, manifestQuery } from '../data/load-dataset';
import { indexDataset } from '../data/dataset-index';
import { chooseDataset } from './dataset-choice';
import { useDatasetParam } from '../state/use-view-state';
import { Explorer } from './Explorer';
import { LoadError, Loading } from './LoadStates';

/** Loads the manifest, picks the dataset the URL names (or the default), and loads that. */
export function DatasetLoader() {
  const [datasetParam] = useDatasetParam();
  const manifest = useQuery(manifestQuery());
  const choice = manifest.data
    ? chooseDataset(manifest.data, datasetParam)
    : { entry: undefined, unknown: false };
  const { entry } = choice;
  const dataset = useQuery(datasetQuery(entry));
  const index = useMemo(() => (dataset.data ? indexDataset(dataset.data) : null), [dataset.data]);

  if (manifest.error)
    return <LoadError error={manifest.error} onRetry={() => void manifest.refetch()} />;
  if (dataset.error)
    return <LoadError error={dataset.error} onRetry={() => void dataset.refetch()} />;
  if (!index || !entry) return <Loading />;
  const datasetNotice =
    datasetParam && choice.unknown
      ? {
          param: 'dataset' as const,
          value: datasetParam,
          message: { id: 'notice.unknownDataset' as const, values: { value: datasetParam } },
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
