import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetQuery, manifestQuery, retryLoading } from '../data/load-dataset';
import { indexDataset } from '../data/dataset-index';
import type { Notice } from '../state/view-state';
import { chooseDataset } from './dataset-choice';
import { useDataSource } from '../state/use-view-state';
import { shortValue } from '../state/view-state';
import { useFileDrop } from '../features/own-data/use-file-drop';
import { Explorer as ExplorerView } from './Explorer';
import { LoadError, Loading } from './LoadStates';
import { OpenDataContext, type OpenData } from './open-data';
import { withCatalogs } from '../i18n/translate';

// The loader re-renders with every change of the URL (useDataSource's `open` writes the view's
// parameters too, so it hears them); the explorer, memoised, renders for its own changes only.
const Explorer = memo(ExplorerView);

// A user's data: its loader, reader and worker load only when a link or a file asks for them.
const OwnDataLoader = lazy(() => withCatalogs(import('../features/own-data/OwnDataLoader')));
// The drop target, loaded when files are first dragged over the page: few readers drop a file.
const DropOverlay = lazy(() => withCatalogs(import('../features/own-data/DropOverlay')));

/**
 * Loads the data the URL names: a user's file or link (`data`, `file`), else the manifest's
 * dataset (`dataset`, or the default). Provides the ways to open other data to the page, and
 * takes files dropped anywhere on it.
 */
export function DatasetLoader() {
  const { choice, open } = useDataSource();
  const { source } = choice;
  const openFiles = useCallback(
    (files: readonly File[]) => {
      void import('../features/own-data/open-files').then(({ openFiles: keep }) =>
        keep(files).then((id) => id && open({ param: 'file', value: id })),
      );
    },
    [open],
  );
  const openBundled = useCallback(() => open(null), [open]);
  const context = useMemo(
    (): OpenData => ({
      current: source,
      openFiles,
      openLink: (address: string) => open({ param: 'data', value: address }),
      openKept: (id: string) => open({ param: 'file', value: id }),
      openBundled,
    }),
    [source, openFiles, open, openBundled],
  );
  const dragging = useFileDrop(openFiles);
  // Kept once shown, so that it fades out when the drag leaves.
  const [dragged, setDragged] = useState(false);
  if (dragging && !dragged) setDragged(true);

  return (
    <OpenDataContext value={context}>
      {source.kind === 'bundled' ? (
        <BundledLoader datasetParam={source.dataset} notices={choice.notices} />
      ) : (
        <Suspense fallback={<Loading />}>
          <OwnDataLoader source={source} onBundled={openBundled}>
            {({ index, entry, dataLink, banner }) => (
              <Explorer index={index} entry={entry} datasetNotice={null} dataLink={dataLink} banner={banner} />
            )}
          </OwnDataLoader>
        </Suspense>
      )}
      {dragged && (
        <Suspense fallback={null}>
          <DropOverlay visible={dragging} />
        </Suspense>
      )}
    </OpenDataContext>
  );
}

/** Loads the manifest, picks the dataset the URL names (or the default), and loads that. */
function BundledLoader({ datasetParam, notices }: { datasetParam: string | null; notices: Notice[] }) {
  const queryClient = useQueryClient();
  const retry = () => void retryLoading(queryClient);
  const manifest = useQuery(manifestQuery());
  const choice = manifest.data
    ? chooseDataset(manifest.data, datasetParam)
    : { entry: undefined, unknown: false };
  const { entry } = choice;
  const dataset = useQuery(datasetQuery(entry));
  // The query's update renders at once, in one task. The explorer's first render is long, so it
  // is drawn from a deferred copy of the data, in a background render that React splits into
  // short tasks: input stays responsive while it is drawn. Until then (and while another
  // dataset loads) the loading state shows, never one dataset's explorer under another's entry.
  const data = useDeferredValue(dataset.data);
  const index = useMemo(() => (data ? indexDataset(data) : null), [data]);

  if (manifest.error) return <LoadError error={manifest.error} onRetry={retry} />;
  if (dataset.error) return <LoadError error={dataset.error} onRetry={retry} />;
  if (!index || !entry || data !== dataset.data) return <Loading />;
  const datasetNotice: Notice | null =
    datasetParam && choice.unknown
      ? {
          param: 'dataset' as const,
          value: shortValue(datasetParam),
          message: { id: 'notice.unknownDataset' as const, values: { value: shortValue(datasetParam) } },
        }
      : null;
  return (
    <Explorer
      index={index}
      entry={entry}
      datasetNotice={datasetNotice}
      extraNotices={notices}
      dataLink={entry.id === manifest.data?.defaultDataset ? null : entry.id}
    />
  );
}
