import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { deepLink, type DataLink } from '../../state/deep-link';
import type { ShowInSource } from '../../state/source-target';
import { useUpdateView } from '../../state/view-slice';
import { withViewSlice, type WithView } from '../../state/view-slice-section';
import { useGoTo } from '../../ui/navigation';
import { AreaFilter } from './AreaFilter';
import { DecisionCard, decisionCardId } from './DecisionCard';
import { areaCounts, filterByArea, groupByArea, isLinkedToMeeting } from './group-decisions';
import { LinkedMeetingNote } from './LinkedMeetingNote';
import { scrollBehavior } from '../../ui/scroll-behavior';
import './decisions.css';
import { useT } from '../../i18n/use-t';
import { recordName } from '../../i18n/record-names';

interface DecisionCardsProps {
  index: DatasetIndex;
  showInSource: ShowInSource;
  /** The data parameter to keep in deep links (null for the default dataset). */
  dataLink: DataLink;
}

/** The parameters the cards draw: the selection and the decision-area filter. */
const SLICE = ['event', 'decision', 'area'] as const;
/** A meeting's selection is shown first by the timeline: the cards follow it after the paint. */
const FROM_ELSEWHERE = ['event'] as const;

/**
 * A card renders again only when its own drawing changes: its selection, its link to the
 * selected meeting. Every other prop keeps its identity (see the handlers below).
 */
const Card = memo(DecisionCard);

/** Decision cards grouped by area (lazy-loaded): the area filter, selection, links to meetings. */
function DecisionCards({
  index,
  showInSource,
  dataLink,
  view,
}: WithView<DecisionCardsProps, (typeof SLICE)[number]>) {
  const { decisions, areas } = index.dataset;
  const update = useUpdateView();
  const goTo = useGoTo();
  const t = useT();
  const counts = useMemo(() => areaCounts(decisions, areas), [decisions, areas]);
  const [onlyLinked, setOnlyLinked] = useState(false);
  const meeting = view.event ? index.meetingById.get(view.event) : undefined;
  const linkedCount = meeting ? (index.decisionsByMeeting.get(meeting.id)?.length ?? 0) : 0;
  const narrowed = meeting !== undefined && onlyLinked && linkedCount > 0;
  const shown = filterByArea(decisions, view.area).filter((d) => !narrowed || isLinkedToMeeting(d, meeting.id));
  const groups = groupByArea(shown, areas);
  const selected = view.decision ? index.decisionById.get(view.decision) : undefined;
  const selectedHidden = selected !== undefined && !shown.includes(selected);

  // A deep link jumps to its card at once; later selections glide there, unless motion is reduced.
  const hasScrolled = useRef(false);
  useEffect(() => {
    if (!view.decision) return;
    const behavior = hasScrolled.current ? scrollBehavior() : 'auto';
    hasScrolled.current = true;
    document.getElementById(decisionCardId(view.decision))?.scrollIntoView({ block: 'nearest', behavior });
  }, [view.decision]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Escape' || !view.decision || target.closest('input, select, textarea')) return;
    // Only the decision is deselected: the meeting detail's own Escape handler must not run too.
    event.stopPropagation();
    update({ decision: null });
  };
  const selectMeeting = useCallback(
    (meetingId: string) => {
      update({ event: meetingId });
      goTo('timeline');
    },
    [update, goTo],
  );
  // One set of handlers and one link per card, for the life of the data.
  const perCard = useMemo(
    () =>
      new Map(
        decisions.map((decision) => [
          decision.id,
          {
            url: deepLink({ decision: decision.id }, dataLink),
            onToggle: () => update((now) => ({ decision: now.decision === decision.id ? null : decision.id })),
            onShowInSource: () => showInSource(decision.quote, decision.title),
          },
        ]),
      ),
    [decisions, dataLink, update, showInSource],
  );

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape, delegated from the controls inside (all buttons and links), deselects
    <section
      aria-labelledby="decisions-heading"
      onKeyDown={onKeyDown}
      className="space-y-4 rounded-lg border border-line bg-panel p-3 sm:p-4"
    >
      <div>
        <h2 id="decisions-heading" className="font-serif text-xl font-semibold">
          {t('decisions.heading')} <span className="text-base font-normal text-muted">({decisions.length})</span>
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          {t('decisions.intro')} {t('decisions.linksIntro')}{' '}
          <span className="basis-stated font-medium">{t('decisions.stated')}</span> {t('decisions.statedWhen')}{' '}
          <span className="basis-editorial font-medium">{t('decisions.editorial')}</span> {t('decisions.editorialWhen')}
        </p>
      </div>
      <AreaFilter
        counts={counts}
        selected={view.area}
        total={decisions.length}
        onChange={(area) => update({ area })}
      />
      {meeting && (
        <LinkedMeetingNote
          meeting={meeting}
          count={linkedCount}
          onlyLinked={onlyLinked}
          onOnlyLinkedChange={setOnlyLinked}
        />
      )}
      {selectedHidden && (
        <p className="rounded-md border border-line bg-paper px-3 py-2 text-sm">
          {t('decisions.hiddenBefore')}<span className="font-semibold">{selected.title}</span>
          {t('decisions.hiddenAfter')}{' '}
          <button
            type="button"
            onClick={() => {
              setOnlyLinked(false);
              update({ area: [] });
            }}
            className="text-accent underline underline-offset-2"
          >
            {t('decisions.showAllAreas')}
          </button>
        </p>
      )}
      <p role="status" className="text-sm text-muted">
        {shown.length === decisions.length
          ? t('decisions.showingAll', { count: decisions.length })
          : t('decisions.showingSome', { shown: shown.length, count: decisions.length })}
      </p>
      {groups.map(({ area, decisions: cards }) => (
        <section key={area.id} aria-labelledby={`decision-area-${area.id}`}>
          <h3 id={`decision-area-${area.id}`} className="border-b border-line pb-1 font-serif text-lg font-semibold">
            {recordName(t, 'area', area.id, area.name)} <span className="text-base font-normal text-muted">({cards.length})</span>
          </h3>
          <div className="mt-3 grid items-start gap-3 md:grid-cols-2 2xl:grid-cols-3">
            {cards.map((decision) => {
              const linked = isLinkedToMeeting(decision, view.event);
              const handlers = perCard.get(decision.id);
              if (!handlers) return null;
              return (
                <Card
                  key={decision.id}
                  index={index}
                  decision={decision}
                  selected={decision.id === view.decision}
                  linked={linked}
                  // Only a linked card shows the selected meeting among its own.
                  selectedMeetingId={linked ? view.event : null}
                  url={handlers.url}
                  citationDataset={index.dataset}
                  onToggle={handlers.onToggle}
                  onSelectMeeting={selectMeeting}
                  onShowInSource={handlers.onShowInSource}
                />
              );
            })}
          </div>
        </section>
      ))}
      {groups.length === 0 && <p className="text-muted">{t('decisions.noneInAreas')}</p>}
    </section>
  );
}

export default withViewSlice(SLICE, FROM_ELSEWHERE, DecisionCards);
