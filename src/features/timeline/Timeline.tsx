import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { compareMeetings, type DatasetIndex, type MeetingRecord } from '../../data/dataset-index';
import { dayToUtcDate, utcDateToDay } from '../../lib/calendar-date';
import { formatDateRange } from '../../lib/format-date';
import { categoryStyle } from '../../ui/category-style';
import { useElementWidth } from '../../ui/use-element-width';
import { useOnline } from '../../ui/use-online';
import type { UpdateView } from '../../state/view-slice';
import type { ViewState } from '../../state/view-state';
import { LoadedCanvasLanes, useCanvasLanesLoaded } from './canvas/canvas-lanes-chunk';
import { CategoryLegend } from './CategoryLegend';
import { meetingAt } from './canvas/hit-test';
import { laneLayout } from './lane-cache';
import { labelRoom } from './lanes';
import { PeriodStrip } from './periods/PeriodStrip';
import { periodMarks, placePeriods } from './periods/periods';
import { TimelineAxis } from './TimelineAxis';
import { meetingLabel } from './meeting-label';
import { keyAction, panTarget, rovingPosition, timelineDensity, timelineScale } from './timeline-model';
import { LANE_LABEL_HEIGHT, timelineLayout } from './timeline-layout';
import { MANY_MEETINGS } from '../../data/large-dataset';
import { TimelineMark } from './TimelineMark';
import { TimelineToolbar } from './TimelineToolbar';
import { dayToX, pixelsPerDay } from './timeline-scale';
import { usePaintedMark } from './use-painted-mark';
import { useTimelineZoom, ZOOM_EXTENT } from './use-timeline-zoom';
import { useT } from '../../i18n/use-t';
import { useAnchor } from '../../ui/navigation';
import { recordName } from '../../i18n/record-names';
import { facetLabel } from '../../state/facet-label';

interface TimelineProps {
  index: DatasetIndex;
  /** The meetings the filters let through. */
  meetings: MeetingRecord[];
  view: ViewState;
  update: UpdateView;
  selectedId: string | null;
  /** Meetings linked to the selected decision: marked on the timeline. */
  linkedIds: ReadonlySet<string>;
}

/** The selected meeting and those linked to the selected decision, in time order. */
function highlightedMeetings(
  index: DatasetIndex,
  selectedId: string | null,
  linkedIds: ReadonlySet<string>,
): MeetingRecord[] {
  const ids = new Set(linkedIds);
  if (selectedId) ids.add(selectedId);
  const found: MeetingRecord[] = [];
  for (const id of ids) {
    const meeting = index.meetingById.get(id);
    if (meeting) found.push(meeting);
  }
  return found.sort(compareMeetings);
}

/** No room beside a mark (compact rows): one object, so that the memoised marks see no change. */
const NO_ROOM = { left: 0, right: 0 };

const colourOfCategory = (categoryId: string) => categoryStyle(categoryId).color;

// Drawn again only when what they show changes: a selection changes none of them, and a
// filter only the axis's height (the scale is kept through a filter, timelineScale).
const Axis = memo(TimelineAxis);
const Periods = memo(PeriodStrip);
const Legend = memo(CategoryLegend);

export function Timeline({ index, meetings, view, update, selectedId, linkedIds }: TimelineProps) {
  const t = useT();
  const anchor = useAnchor('timeline');
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // 0 until measured (before the first paint): nothing is drawn twice, at a guessed width first.
  const width = useElementWidth(containerRef, 0);
  const measured = width > 0;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const selectDecision = useCallback((decision: string) => update({ decision }), [update]);
  const selectMeeting = useCallback((event: string) => update({ event }), [update]);
  // The headless model: the unzoomed scale and the zoom's reset key, kept through a filter;
  // the density, for the meetings shown.
  const { base, zoomKey } = useMemo(
    () => timelineScale({ span: index.span, from: view.from, to: view.to, width }, view.group),
    [index.span, view.from, view.to, width, view.group],
  );
  const { dense, minSpanDays } = timelineDensity(base, meetings.length, index.meetings.length);
  // Cached per meetings array too (lane-cache), so clearing a filter does not pack again.
  const { lanes, rowCount, placeOf, rowIndex } = useMemo(
    () => laneLayout(index, meetings, view.group, minSpanDays),
    [index, meetings, view.group, minSpanDays],
  );
  const periodList = useMemo(() => periodMarks(index, t.lang).marks, [index, t.lang]);
  // Period rows are packed by what each mark covers at the unzoomed scale, labels included:
  // once per width and date range, so rows do not jump while the reader zooms and pans.
  const periods = useMemo(
    () => placePeriods(periodList, dayToX(base), width),
    [periodList, base, width],
  );
  // Once per dataset, not on every zoom frame: a large dataset has many meetings to scan.
  const summits = useMemo(() => index.meetings.filter((m) => m.summit), [index]);
  const layout = useMemo(
    () => timelineLayout(lanes, rowCount, periods.rowCount, dense),
    [lanes, rowCount, periods.rowCount, dense],
  );
  const zoom = useTimelineZoom(svgRef, width, layout.height, zoomKey);
  const x = useMemo(() => zoom.transform.rescaleX(base), [zoom.transform, base]);
  const canvasDayToX = useMemo(() => dayToX(x), [x]);
  const room = useMemo(
    () => (dense ? null : labelRoom(lanes, (day) => x(dayToUtcDate(day)), width)),
    [dense, lanes, x, width],
  );
  // A large dataset keeps a canvas, hidden while a filter leaves few meetings (below).
  // (A filtered view is dense only if its dataset is large, so the dataset decides.)
  const largeDataset = index.meetings.length > MANY_MEETINGS;
  const canvas = useCanvasLanesLoaded(largeDataset);
  const online = useOnline();
  // The canvas draws only the marks in view; the SVG draws a mark per meeting. No paint is
  // marked while a dense timeline still waits for its canvas: it shows none of its meetings.
  const canvasDrawnRef = useRef(0);
  usePaintedMark(dense && !canvas.loaded ? null : () => (dense ? canvasDrawnRef.current : meetings.length), [
    canvas.loaded,
    dense,
    meetings,
    selectedId,
    linkedIds,
    width,
    view.group,
    zoom.transform,
  ]);

  const position = rovingPosition(meetings, focusedId, selectedId);
  const roving = meetings[position];

  const moveFocus = (meeting: MeetingRecord) => {
    setFocusedId(meeting.id);
    const pan = panTarget(meeting, x, base, width);
    if (pan !== null) zoom.centreOn(pan);
    // Dense mode keeps one focus element that follows the meeting: announce what it now is.
    if (dense) setAnnouncement(meetingLabel(index, meeting, t));
    // The mark that shows the meeting, found by its id: in dense mode, the one focus element.
    requestAnimationFrame(() =>
      [...(svgRef.current?.querySelectorAll<SVGGElement>('[data-meeting-id]') ?? [])]
        .find((mark) => mark.dataset.meetingId === meeting.id)
        ?.focus(),
    );
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!(event.target as Element).closest('[data-meeting-id]')) return;
    const action = keyAction(event.key, meetings, position);
    if (!action) return;
    if (action.kind !== 'deselect') event.preventDefault();
    if (action.kind === 'select') selectMeeting(action.id);
    else if (action.kind === 'deselect') update({ event: null });
    else moveFocus(action.meeting);
  };

  /** Dense mode: find the meeting under the pointer on the canvas. */
  const onCanvasClick = (event: MouseEvent<SVGSVGElement>) => {
    if (!dense || (event.target as Element).closest('[data-meeting-id],[data-period-id]')) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = layout.rowAt(event.clientY - box.top);
    if (!at) return;
    const day = utcDateToDay(new Date(x.invert(event.clientX - box.left)));
    const tolerance = Math.max(1, Math.ceil(4 / pixelsPerDay(x)));
    const meeting = meetingAt(rowIndex, at.laneIndex, at.row, day, tolerance);
    if (meeting) selectMeeting(meeting.id);
  };

  const renderMark = (meeting: MeetingRecord, key: string) => {
    const place = placeOf(meeting);
    if (!place) return null;
    return (
      <TimelineMark
        key={key}
        meeting={meeting}
        label={
          linkedIds.has(meeting.id)
            ? t('timeline.linked', { label: meetingLabel(index, meeting, t) })
            : meetingLabel(index, meeting, t)
        }
        shortLabel={
          view.group === 'city'
            ? recordName(t, 'ministry', meeting.formatId, index.formatById.get(meeting.formatId)?.name ?? '')
            : (index.cityById.get(meeting.cityId)?.name ?? '')
        }
        labelRoom={room?.get(meeting.id) ?? NO_ROOM}
        scale={x}
        y={layout.rowTop(place.laneIndex, place.firstRow, place.row)}
        height={layout.rowHeight}
        compact={dense}
        selected={meeting.id === selectedId}
        linked={linkedIds.has(meeting.id)}
        tabbable={meeting.id === roving?.id}
        onFocus={setFocusedId}
        onSelect={selectMeeting}
      />
    );
  };

  // Dense mode draws SVG marks only where they matter: the focus, the selection, the links.
  // Found by id rather than by a scan of every meeting on each render (a zoom frame too);
  // one outside the view has no place in its layout and draws nothing.
  const svgMarks = dense
    ? [
        ...(roving ? [renderMark(roving, 'roving')] : []),
        ...highlightedMeetings(index, selectedId, linkedIds)
          .filter((m) => m.id !== roving?.id)
          .map((m) => renderMark(m, m.id)),
      ]
    : meetings.map((m) => renderMark(m, m.id));
  const first = meetings[0];
  const last = meetings[meetings.length - 1];

  return (
    <section
      aria-labelledby="timeline-heading"
      className="rounded-lg border border-line bg-panel p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" ref={anchor} className="font-serif text-xl font-semibold">
          {t('timeline.heading')}
        </h2>
        <p id="timeline-help" className="text-xs text-muted">
          {t('timeline.help')}
        </p>
      </div>
      <TimelineToolbar
        index={index}
        view={view}
        update={update}
        onZoomIn={() => zoom.zoomBy(1.6)}
        onZoomOut={() => zoom.zoomBy(1 / 1.6)}
        onFit={zoom.reset}
        zoomScale={zoom.transform.k}
        zoomExtent={ZOOM_EXTENT}
        fitted={zoom.transform.k === 1 && zoom.transform.x === 0}
      />
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div ref={containerRef} className="relative mt-3 w-full">
        {meetings.length === 0 && (
          <p className="py-8 text-center text-muted">{t('timeline.empty')}</p>
        )}
        {dense && canvas.failed && (
          <div role="alert" className="py-8 text-center text-muted">
            <p>{online ? t('timeline.canvasFailed') : `${t('offline.note')} ${t('timeline.listHasAll')}`}</p>
            <button
              type="button"
              onClick={canvas.retry}
              className="mt-2 rounded-md border border-line px-3 py-1 text-sm"
            >
              {t('action.tryAgain')}
            </button>
          </div>
        )}
        {/* Kept, hidden, while a filter leaves few meetings of a large dataset: clearing the
            filter then redraws into the same pixels instead of allocating new ones. */}
        {measured && canvas.loaded && largeDataset && (
          <LoadedCanvasLanes
            hidden={!dense}
            lanes={lanes}
            layout={layout}
            dayToX={canvasDayToX}
            width={width}
            categoryColour={colourOfCategory}
            drawnCountRef={canvasDrawnRef}
          />
        )}
        <svg
          ref={svgRef}
          data-picture="timeline"
          width={width}
          height={layout.height}
          role="group"
          aria-label={t('timeline.label', {
            count: meetings.length,
            dates: first && last ? t('timeline.labelDates', { dates: formatDateRange(first.start, last.end, t.lang) }) : '',
          })}
          aria-describedby="timeline-help"
          onKeyDown={onKeyDown}
          onClick={onCanvasClick}
          className="relative block touch-none select-none"
        >
          {measured && (
            <>
              <Axis
                summits={summits}
                scale={x}
                width={width}
                height={layout.height}
                top={layout.periodTop}
              />
              <Periods
                marks={periods.marks}
                scale={x}
                width={width}
                top={layout.periodTop}
                rowHeight={22}
                selectedDecisionId={view.decision}
                onSelect={selectDecision}
              />
              {lanes.map((lane, laneIndex) => (
                <text
                  key={lane.key}
                  x={4}
                  y={layout.laneTop(laneIndex, lane.firstRow) + LANE_LABEL_HEIGHT - 5}
                  fontSize={12.5}
                  fontWeight={600}
                  fill="var(--color-ink)"
                  aria-hidden="true"
                >
                  {facetLabel(t, view.group, lane.key, lane.label)}
                </text>
              ))}
              <g>{svgMarks}</g>
            </>
          )}
        </svg>
      </div>
      <Legend index={index} />
    </section>
  );
}
