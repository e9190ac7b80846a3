import { lazy, memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import type { ManifestEntry } from '../data/schema';
import { useMeetingSearch } from '../state/use-meeting-search';
import { facetCounts, filterMeetings } from '../state/select-meetings';
import { useViewState } from '../state/use-view-state';
import type { Notice } from '../state/view-state';
import { vocabularyOf } from '../state/vocabulary';
import { linkedMeetingIds } from '../state/linked-meetings';
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
import { FiltersSidebar, activeFilterCount } from './FiltersSidebar';
import { useMediaQuery } from '../ui/use-media-query';

// Below the first screen: loaded after the timeline, so they never delay it.
// Memoised; on large datasets they get deferred props, so a filter change paints the
// timeline first and these catch up in the background without blocking input.
const ParticipantMap = memo(lazy(() => import('../features/map/ParticipantMap')));
const DecisionCards = memo(lazy(() => import('../features/decisions/DecisionCards')));
const SourceText = memo(lazy(() => import('../features/source/SourceText')));

/** Above this many meetings the sections below the timeline render in the background. */
const LARGE_DATASET = 1500;

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
  const { view, notices, update } = useViewState(vocabulary);
  // Typing stays responsive: the filtered views catch up with the search box a moment later.
  const query = useDeferredValue(view.q);
  const { hits, pending: searching } = useMeetingSearch(index, query);
  const selection = useMemo(() => ({ ...view, q: query }), [view, query]);
  const meetings = useMemo(() => filterMeetings(index, selection, hits), [index, selection, hits]);
  const facets = useMemo(() => facetCounts(index, selection, hits), [index, selection, hits]);
  const selected = view.event ? (index.meetingById.get(view.event) ?? null) : null;
  const linkedIds = useMemo(() => linkedMeetingIds(index, view.decision), [index, view.decision]);
  const allNotices = datasetNotice ? [datasetNotice, ...notices] : notices;
  const [sourceTarget, setSourceTarget] = useState<SourceTarget | null>(null);
  const showInSource = useCallback(
    (quote: string, label: string) => setSourceTarget((old) => ({ quote, label, nonce: (old?.nonce ?? 0) + 1 })),
    [],
  );
  // On very wide screens the details stand in their own column beside the timeline.
  const wide = useMediaQuery('(min-width: 96rem)');
  const viewProps: ViewProps = useMemo(
    () => ({ index, view, meetings, update, showInSource, sourceTarget, datasetId }),
    [index, view, meetings, update, showInSource, sourceTarget, datasetId],
  );
  const deferredProps = useDeferredValue(viewProps);
  // Small datasets render everything at once, so the sections' own controls never lag.
  const sectionProps = index.meetings.length > LARGE_DATASET ? deferredProps : viewProps;

  const detail = selected && (
    <MeetingDetail
      index={index}
      meeting={selected}
      onClose={() => update({ event: null })}
      onSelectDecision={(id) => update({ decision: id })}
      onShowInSource={() => showInSource(selected.quote, selected.title)}
      datasetId={datasetId}
    />
  );

  return (
    <div className="min-h-screen">
      <Header index={index} entry={entry} view={view} datasetId={datasetId} meetings={meetings} />
      <main id="main" className="mx-auto max-w-[1920px] px-3 pb-16 sm:px-6">
        <Notices notices={allNotices} />
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
          <FiltersSidebar activeCount={activeFilterCount(view)}>
            <SearchBox value={view.q} onChange={(q) => update({ q }, 'replace')} />
            <FilterPanel facets={facets} view={view} update={update} />
          </FiltersSidebar>
          <div className="min-w-0 space-y-6">
            <ActiveFilters
              index={index}
              view={view}
              update={update}
              shown={meetings.length}
              total={index.meetings.length}
              searching={searching}
            />
            <Timeline
              index={index}
              meetings={meetings}
              view={view}
              update={update}
              selectedId={selected?.id ?? null}
              linkedIds={linkedIds}
            />
            {!wide && detail}
            <MeetingList
              index={index}
              meetings={meetings}
              selectedId={selected?.id ?? null}
              linkedIds={linkedIds}
              onSelect={(id) => update({ event: id })}
              hits={hits}
            />
            <LazySection name="map">
              <ParticipantMap {...sectionProps} />
            </LazySection>
            <LazySection name="decisions">
              <DecisionCards {...sectionProps} />
            </LazySection>
            <LazySection name="source">
              <SourceText {...sectionProps} />
            </LazySection>
          </div>
          {wide && <div className="min-w-0">{detail || <SelectionHint />}</div>}
        </div>
      </main>
      <PrintReport {...viewProps} />
    </div>
  );
}

function SelectionHint() {
  return (
    <p className="sticky top-4 rounded-lg border border-dashed border-line p-4 text-sm text-muted">
      Select a meeting on the timeline or in the list to see its details and its source.
    </p>
  );
}
