import {
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DataLink } from '../state/deep-link';
import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { ManifestEntry } from '../data/schema';
import { useMeetingSearch } from '../state/use-meeting-search';
import { activeFilterCount, facetCounts, filterMeetings, type MeetingFilters } from '../state/select-meetings';
import { useViewState } from '../state/use-view-state';
import { ViewAccessContext, type ViewAccess } from '../state/view-slice';
import type { Notice, ViewState } from '../state/view-state';
import type { SearchHit } from '../state/search-index';
import { vocabularyOf } from '../state/vocabulary';
import { linkedMeetingIds } from '../state/linked-meetings';
import type { SourceTarget } from '../state/source-target';
import { NavigationContext } from '../ui/navigation';
import { createNavigation } from './navigation';
import { FilterPanel as FilterPanelView } from '../features/filters/FilterPanel';
import { SearchBox } from '../features/filters/SearchBox';
import { ActiveFilters } from '../features/filters/ActiveFilters';
import { Timeline as TimelineView } from '../features/timeline/Timeline';
import { MeetingList as MeetingListView } from '../features/timeline/list/MeetingList';
import { Header as HeaderView } from './Header';
import { Notices } from './Notices';
import { LazySection } from './LazySection';
import { FiltersSidebar } from './FiltersSidebar';
import { useMediaQuery } from '../ui/use-media-query';
import { whenIdle } from '../lib/when-idle';
import { useSectionsShown } from './use-sections-shown';
import { useValueAfterPaint } from '../ui/use-value-after-paint';
import { retryableImport, type Chunk } from '../lib/retryable-import';
import { lazyComponent } from '../ui/lazy-component';
import { useT } from '../i18n/use-t';

// Below the first screen: loaded after the timeline, so they never delay it. Memoised, with
// props that keep their identity: each renders for a change of what it draws (its own slice
// of the URL, see view-slice.ts), never merely because the explorer did.
// The heavier views above them are memoised too, so an urgent render skips those whose props
// have not changed yet.
const Header = memo(HeaderView);
const FilterPanel = memo(FilterPanelView);
const Timeline = memo(TimelineView);
const MeetingList = memo(MeetingListView);
// Shown once a meeting is selected: loaded then, or while the browser is idle after the first paint.
// Retryable chunks (lazyComponent), so a section that failed offline loads on Try again.
const meetingDetailChunk = retryableImport(() => import('../features/timeline/MeetingDetail'));
const MeetingDetail = lazyComponent(meetingDetailChunk, (m) => m.MeetingDetail);
// In page order (SECTIONS below).
const sectionChunks = {
  map: retryableImport(() => import('../features/map/ParticipantMap')),
  decisions: retryableImport(() => import('../features/decisions/DecisionCards')),
  source: retryableImport(() => import('../features/source/SourceText')),
};
/** The sections below the first screen, in page order: the order in which they first render. */
const SECTIONS = Object.keys(sectionChunks) as (keyof typeof sectionChunks)[];
const ParticipantMap = memo(lazyComponent(sectionChunks.map, (m) => m.default));
const DecisionCards = memo(lazyComponent(sectionChunks.decisions, (m) => m.default));
const SourceText = memo(lazyComponent(sectionChunks.source, (m) => m.default));
// The printed report is for paper only: it loads after the first view, long before a print.
const PrintReport = lazyComponent(
  retryableImport(() => import('../features/export/PrintReport')),
  (m) => m.PrintReport,
);
/** Starts loading a chunk ahead of need; a failure shows where the chunk is rendered. */
const preload = (chunk: Chunk<unknown>) => void chunk.load().catch(() => undefined);

/** What the views below the controls are drawn from: one value, so it can be deferred as one. */
interface Snapshot {
  /** The whole view, for the header's exports and the printed report. */
  view: ViewState;
  /** The filters, with the deferred search query. */
  filters: MeetingFilters;
  hits: Map<string, SearchHit> | null;
  meetings: MeetingRecord[];
  selectedId: string | null;
  linkedIds: ReadonlySet<string>;
  sourceTarget: SourceTarget | null;
}

interface ExplorerProps {
  index: DatasetIndex;
  entry: ManifestEntry;
  datasetNotice: Notice | null;
  /** The data parameter to keep in links: null for the default dataset. */
  dataLink: DataLink;
  /** Notices about the data the link names (`data`, `file`), shown with the view's own. */
  extraNotices?: Notice[];
  /** Above the view: where a user's data came from and what was read of it. */
  banner?: ReactNode;
}

/**
 * The loaded explorer: view state from the URL, the selection computed from it, the views.
 *
 * Rendering is split by urgency. The controls and the timeline follow every change at once;
 * the views drawn from the filtered meetings (facet counts, the list, the header's export, the
 * map) catch up after that change is painted, in a background render that React can
 * interrupt, so a click paints its timeline within a frame. The sections read
 * their own parameters from the URL (useViewSlice), so a filter does not render the cards or
 * the source text, and a selection does not render the filters.
 */
export function Explorer({
  index,
  entry,
  datasetNotice,
  dataLink,
  extraNotices = NO_NOTICES,
  banner = null,
}: ExplorerProps) {
  const t = useT();
  const vocabulary = useMemo(() => vocabularyOf(index), [index]);
  const { view, notices, update } = useViewState(vocabulary);
  const access: ViewAccess = useMemo(() => ({ vocabulary, update }), [vocabulary, update]);
  const navigation = useMemo(() => createNavigation(), []);
  // Typing stays responsive: the filtered views catch up with the search box a moment later.
  const query = useDeferredValue(view.q);
  const search = useMeetingSearch(index, query);
  const { hits, pending: searching } = search;
  // The view shares structure between changes (useViewState), so each list keeps its identity
  // while it is unchanged: selecting a meeting or a decision, or grouping the timeline
  // otherwise, keeps the same filters and the same filtered array.
  const { city, ministry, country, category, from, to } = view;
  const filters: MeetingFilters = useMemo(
    () => ({ city, ministry, country, category, from, to, q: query }),
    [city, ministry, country, category, from, to, query],
  );
  const meetings = useMemo(() => filterMeetings(index, filters, hits), [index, filters, hits]);
  const selected = view.event ? (index.meetingById.get(view.event) ?? null) : null;
  const linkedIds = useMemo(() => linkedMeetingIds(index, view.decision), [index, view.decision]);
  const allNotices = [...(datasetNotice ? [datasetNotice] : []), ...extraNotices, ...notices];
  const [sourceTarget, setSourceTarget] = useState<SourceTarget | null>(null);
  const showInSource = useCallback(
    (quote: string, label: string) =>
      setSourceTarget((old) => ({ quote, label, nonce: (old?.nonce ?? 0) + 1 })),
    [],
  );
  const selectMeeting = useCallback((id: string) => update({ event: id }), [update]);
  // On very wide screens the details stand in their own column beside the timeline.
  const wide = useMediaQuery('(min-width: 96rem)');
  const sectionsShown = useSectionsShown(SECTIONS.length);
  const waits = (section: (typeof SECTIONS)[number]) => SECTIONS.indexOf(section) >= sectionsShown;
  useEffect(() => {
    for (const chunk of Object.values(sectionChunks)) preload(chunk);
  }, []);

  const now: Snapshot = useMemo(
    () => ({
      view,
      filters,
      hits,
      meetings,
      selectedId: selected?.id ?? null,
      linkedIds,
      sourceTarget,
    }),
    [view, filters, hits, meetings, selected, linkedIds, sourceTarget],
  );
  // The views below the controls follow a change after it is painted (the list, the counts,
  // the map, the header's exports), at every size: the click's own task renders only the
  // controls and the timeline.
  const later = useValueAfterPaint(now);
  const facets = useMemo(
    () => facetCounts(index, later.filters, later.hits),
    [index, later.filters, later.hits],
  );

  useEffect(
    () =>
      whenIdle(() => {
        preload(meetingDetailChunk);
        // The service worker registers from a chunk of its own (offline use, the update
        // prompt); offline on a first visit it may not load, and the page works without it.
        import('./service-worker').catch(() => undefined);
      }, 3000),
    [],
  );

  const detail = selected && (
    <LazySection name="details">
      <MeetingDetail
        index={index}
        meeting={selected}
        onClose={() => update({ event: null })}
        onSelectDecision={(id) => update({ decision: id })}
        onShowInSource={() => selected.quote && showInSource(selected.quote, selected.title)}
        datasetId={dataLink}
      />
    </LazySection>
  );

  return (
    <ViewAccessContext value={access}>
    <NavigationContext value={navigation}>
    <div className="min-h-screen">
      <Header
        index={index}
        entry={entry}
        view={later.view}
        datasetId={dataLink}
        meetings={later.meetings}
      />
      <main id="main" className="mx-auto max-w-[1920px] px-3 pb-16 sm:px-6">
        {banner}
        <Notices notices={allNotices} />
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] 2xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
          <FiltersSidebar activeCount={activeFilterCount(view)}>
            <SearchBox value={view.q} onChange={(q) => update({ q }, 'replace')} />
            <FilterPanel facets={facets} />
          </FiltersSidebar>
          <div className="min-w-0 space-y-6">
            <ActiveFilters
              index={index}
              view={view}
              update={update}
              shown={meetings.length}
              total={index.meetings.length}
              searching={searching}
              searchFailed={search.failed}
              retrySearch={search.retry}
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
              meetings={later.meetings}
              selectedId={later.selectedId}
              linkedIds={later.linkedIds}
              onSelect={selectMeeting}
              hits={later.hits}
            />
            <LazySection name="map" wait={waits('map')} belowTheFold>
              <ParticipantMap
                index={index}
                meetings={later.meetings}
                showInSource={showInSource}
                dataLink={dataLink}
              />
            </LazySection>
            {index.dataset.decisions.length > 0 ? (
              <LazySection name="decisions" wait={waits('decisions')} belowTheFold>
                <DecisionCards index={index} showInSource={showInSource} dataLink={dataLink} />
              </LazySection>
            ) : (
              <AbsentSection heading={t('explorer.noDecisionsHeading')}>{t('explorer.noDecisions')}</AbsentSection>
            )}
            {index.dataset.source ? (
              <LazySection name="source" wait={waits('source')} belowTheFold>
                <SourceText index={index} sourceTarget={sourceTarget} />
              </LazySection>
            ) : (
              <AbsentSection heading={t('explorer.noSourceHeading')}>{t('explorer.noSource')}</AbsentSection>
            )}
          </div>
          {wide && <div className="min-w-0">{detail || <SelectionHint />}</div>}
        </div>
      </main>
      <Suspense fallback={null}>
        <PrintReport index={index} view={later.view} meetings={later.meetings} dataLink={dataLink} />
      </Suspense>
    </div>
    </NavigationContext>
    </ViewAccessContext>
  );
}

const NO_NOTICES: Notice[] = [];

/** A section the data has nothing for: said plainly, where the section would be. */
function AbsentSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section aria-label={heading} className="rounded-lg border border-dashed border-line p-4">
      <h2 className="font-serif text-xl font-semibold">{heading}</h2>
      <p className="mt-1 text-sm text-muted">{children}</p>
    </section>
  );
}

function SelectionHint() {
  const t = useT();
  return (
    <p className="sticky top-4 rounded-lg border border-dashed border-line p-4 text-sm text-muted">
      {t('explorer.selectionHint')}
    </p>
  );
}
