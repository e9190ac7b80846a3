import { lazy, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import type { ManifestEntry } from '../data/schema';
import { buildMeetingSearch } from '../state/search-index';
import { facetCounts, filterMeetings } from '../state/select-meetings';
import { useViewState } from '../state/use-view-state';
import type { Notice } from '../state/view-state';
import { vocabularyOf } from '../state/vocabulary';
import type { SourceTarget, ViewProps } from '../state/view-props';
import { FilterPanel } from '../features/filters/FilterPanel';
import { SearchBox } from '../features/filters/SearchBox';
import { ActiveFilters } from '../features/filters/ActiveFilters';
import { Timeline } from '../features/timeline/Timeline';
import { MeetingList } from '../features/timeline/MeetingList';
import { MeetingDetail } from '../features/timeline/MeetingDetail';
import { PrintReport } from '../features/export/PrintReport';
import { Header } from './Header';
import { Notices } from './Notices';
import { LazySection } from './LazySection';

// Below the first screen: loaded after the timeline, so they never delay it.
const ParticipantMap = lazy(() => import('../features/map/ParticipantMap'));
const DecisionCards = lazy(() => import('../features/decisions/DecisionCards'));
const SourceText = lazy(() => import('../features/source/SourceText'));

interface ExplorerProps {
  index: DatasetIndex;
  entry: ManifestEntry;
  datasetNotice: Notice | null;
  /** The `dataset` parameter to keep in links: null for the default dataset. */
  datasetId: string | null;
}

/** The loaded explorer: view state from the URL, the selection computed from it, the views. */
export function Explorer({ index, entry, datasetNotice, datasetId }: ExplorerProps) {
  const vocabulary = useMemo(() => vocabularyOf(index), [index]);
  const search = useMemo(() => buildMeetingSearch(index), [index]);
  const { view, notices, update } = useViewState(vocabulary);
  // Typing stays responsive: the filtered views catch up with the search box a moment later.
  const query = useDeferredValue(view.q);
  const hits = useMemo(() => search.search(query), [search, query]);
  const selection = useMemo(() => ({ ...view, q: query }), [view, query]);
  const meetings = useMemo(() => filterMeetings(index, selection, hits), [index, selection, hits]);
  const facets = useMemo(() => facetCounts(index, selection, hits), [index, selection, hits]);
  const selected = view.event ? (index.meetingById.get(view.event) ?? null) : null;
  const allNotices = datasetNotice ? [datasetNotice, ...notices] : notices;
  const [sourceTarget, setSourceTarget] = useState<SourceTarget | null>(null);
  const showInSource = useCallback(
    (quote: string, label: string) => setSourceTarget((old) => ({ quote, label, nonce: (old?.nonce ?? 0) + 1 })),
    [],
  );
  const viewProps: ViewProps = { index, view, meetings, update, showInSource, sourceTarget };

  return (
    <div className="min-h-screen">
      <Header index={index} entry={entry} view={view} datasetId={datasetId} meetings={meetings} />
      <main id="main" className="mx-auto max-w-[1800px] px-3 pb-16 sm:px-6">
        <Notices notices={allNotices} />
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
          <aside aria-label="Filters" className="space-y-5 lg:sticky lg:top-4 lg:self-start">
            <SearchBox value={view.q} onChange={(q) => update({ q }, 'replace')} />
            <FilterPanel facets={facets} view={view} update={update} />
          </aside>
          <div className="min-w-0 space-y-6">
            <ActiveFilters index={index} view={view} update={update} shown={meetings.length} total={index.meetings.length} />
            <Timeline
              index={index}
              meetings={meetings}
              view={view}
              update={update}
              selectedId={selected?.id ?? null}
            />
            <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
              <MeetingList
                index={index}
                meetings={meetings}
                selectedId={selected?.id ?? null}
                onSelect={(id) => update({ event: id })}
                terms={hits}
              />
              {selected && (
                <MeetingDetail
                  index={index}
                  meeting={selected}
                  onClose={() => update({ event: null })}
                  onSelectDecision={(id) => update({ decision: id })}
                />
              )}
            </div>
            <LazySection name="map">
              <ParticipantMap {...viewProps} />
            </LazySection>
            <LazySection name="decisions">
              <DecisionCards {...viewProps} />
            </LazySection>
            <LazySection name="source">
              <SourceText {...viewProps} />
            </LazySection>
          </div>
        </div>
      </main>
      <PrintReport {...viewProps} />
    </div>
  );
}
