import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../../data/dataset-index';
import { setDatasetHash } from '../../data/dataset-hash';
import type { ManifestEntry } from '../../data/schema';
import type { DataLink } from '../../state/deep-link';
import { describeDataUrl } from '../../state/data-source';
import {
  ownDataKey,
  ownDataQuery,
  readProgress,
  type OwnData,
  type OwnSource,
} from './own-data-query';
import { OwnDataBanner } from './OwnDataBanner';
import { OwnDataFailure } from './OwnDataFailure';
import { OwnDataProgress } from './OwnDataProgress';

export interface LoadedOwnData {
  index: DatasetIndex;
  entry: ManifestEntry;
  /** Keeps `data` or `file` in every link of the view. */
  dataLink: DataLink;
  banner: ReactNode;
}

interface OwnDataLoaderProps {
  source: OwnSource;
  onBundled: () => void;
  /** Renders the explorer once the data is read. */
  children: (loaded: LoadedOwnData) => ReactNode;
}

/** Where a user's data comes from, in words for the banner and the loading screen. */
export function originOf(source: OwnSource, name?: string): string {
  return source.kind === 'url'
    ? describeDataUrl(source.url, window.location.href)
    : (name ?? 'your file');
}

/** A user's data: read (with progress and Cancel), then the explorer with a banner above it. */
export default function OwnDataLoader({ source, onBundled, children }: OwnDataLoaderProps) {
  const client = useQueryClient();
  const query = useQuery(ownDataQuery(source));
  const progress = useSyncExternalStore(readProgress.subscribe, () => readProgress.get(source));
  const data = query.data;
  const index = useMemo(() => (data ? indexDataset(data.dataset) : null), [data]);
  const loaded = useMemo(
    () => (data && index ? explorerProps(data, index, onBundled) : null),
    [data, index, onBundled],
  );

  if (query.error) {
    return (
      <OwnDataFailure
        error={query.error}
        origin={originOf(source)}
        onRetry={() => void query.refetch()}
        onBundled={onBundled}
      />
    );
  }
  if (!loaded) {
    return (
      <OwnDataProgress
        origin={originOf(source)}
        progress={progress}
        onCancel={() => {
          void client.cancelQueries({ queryKey: ownDataKey(source) });
          onBundled();
        }}
      />
    );
  }
  return children(loaded);
}

function explorerProps(data: OwnData, index: DatasetIndex, onBundled: () => void): LoadedOwnData {
  const { dataset, source } = data;
  // Citations and pictures name the file's content hash, which the reader has computed.
  setDatasetHash(dataset.id, data.contentHash);
  return {
    index,
    entry: {
      id: dataset.id,
      title: dataset.title,
      file: data.name,
      version: dataset.version,
      source: originOf(source, data.name),
    },
    dataLink:
      source.kind === 'url'
        ? { param: 'data', value: source.param }
        : { param: 'file', value: source.id },
    banner: (
      <OwnDataBanner data={data} origin={originOf(source, data.name)} onBundled={onBundled} />
    ),
  };
}
