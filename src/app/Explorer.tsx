import { useDeferredValue, useMemo } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import type { ManifestEntry } from '../data/schema';
import { buildMeetingSearch } from '../state/search-index';
import { facetCounts, filterMeetings } from '../state/select-meetings';
import { useViewState } from '../state/use-view-state';
import type { Notice } from '../state/view-state';
import { vocabularyOf } from '../state/vocabulary';
import { FilterPanel } from '../features/filters/FilterPanel';
import { SearchBox } from '../features/filters/SearchBox';
import { ActiveFilters } from '../features/filters/ActiveFilters';
import { Timeline } from '../features/timeline/Timeline';
import { MeetingList } from '../features/timeline/MeetingList';
import { MeetingDetail } from '../features/timeline/MeetingDetail';
import { Header } from './Header';
import { Notices } from './Notices';

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

  return (
    <div className="min-h-screen">
      <Header index={index} entry={entry} view={view} datasetId={datasetId} />
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
          </div>
        </div>
      </main>
    </div>
  );
}
