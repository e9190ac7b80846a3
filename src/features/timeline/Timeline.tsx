import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { dayToUtcDate } from '../../lib/calendar-date';
import { formatDateRange } from '../../lib/format-date';
import { useElementWidth } from '../../ui/use-element-width';
import type { ViewState } from '../../state/view-state';
import { layoutLanes, labelRoom } from './lanes';
import { axisTicks, baseScale, pixelsPerDay, tickLabel, timelineDomain } from './timeline-scale';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineMark } from './TimelineMark';
import { CategoryLegend } from './CategoryLegend';

interface TimelineProps {
  index: DatasetIndex;
  /** The meetings the filters let through, in chronological order. */
  meetings: MeetingRecord[];
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  selectedId: string | null;
}

const AXIS_HEIGHT = 30;
const LANE_LABEL_HEIGHT = 18;
const ROW_HEIGHT = 26;
const LANE_GAP = 8;
/** The narrowest a mark is drawn, in pixels: packing keeps marks this close apart. */
const MIN_MARK_PX = 16;
const MAX_ZOOM = 80;

export function meetingLabel(index: DatasetIndex, meeting: MeetingRecord): string {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
  return `${meeting.title}, ${formatDateRange(meeting.start, meeting.end)}, ${city}, ${country}`;
}

export function Timeline({ index, meetings, view, update, selectedId }: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const width = useElementWidth(containerRef);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const clipId = `clip-${useId().replace(/[^\w-]/g, '')}`;

  const domain = useMemo(() => timelineDomain(index.span, view.from, view.to), [index.span, view.from, view.to]);
  const base = useMemo(() => baseScale(domain, width), [domain, width]);
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  // Lanes are packed at the unzoomed scale so the layout stays put while zooming.
  const { lanes, rowCount } = useMemo(() => {
    const minSpanDays = Math.max(1, Math.ceil(MIN_MARK_PX / pixelsPerDay(base)));
    return layoutLanes(index, meetings, view.group, minSpanDays, 0);
  }, [index, meetings, view.group, base]);
  const height = AXIS_HEIGHT + lanes.length * (LANE_LABEL_HEIGHT + LANE_GAP) + rowCount * ROW_HEIGHT + 8;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
    };
  }, [width, height]);

  /** Runs a d3-zoom command on the SVG (zoom buttons, fit, reveal); d3 then reports the transform. */
  const withZoom = (command: (svg: SVGSVGElement, behaviour: ZoomBehavior<SVGSVGElement, unknown>) => void) => {
    if (svgRef.current && zoomRef.current) command(svgRef.current, zoomRef.current);
  };
  const zoomBy = (factor: number) => withZoom((svg, behaviour) => behaviour.scaleBy(select(svg), factor));
  const fitAll = () => withZoom((svg, behaviour) => behaviour.transform(select(svg), zoomIdentity));

  // A new date range or grouping starts from the whole picture.
  useEffect(() => {
    if (svgRef.current && zoomRef.current) zoomRef.current.transform(select(svgRef.current), zoomIdentity);
  }, [domain, view.group]);

  /** Pans so that a meeting is in view (keyboard focus may move to one off-screen). */
  const reveal = (meeting: MeetingRecord) => {
    const left = x(dayToUtcDate(meeting.startDay));
    if (left >= 0 && left <= width - MIN_MARK_PX) return;
    withZoom((svg, behaviour) => behaviour.translateTo(select(svg), base(dayToUtcDate(meeting.startDay)), height / 2));
  };

  const rovingId =
    focusedId && meetings.some((m) => m.id === focusedId)
      ? focusedId
      : selectedId && meetings.some((m) => m.id === selectedId)
        ? selectedId
        : (meetings[0]?.id ?? null);

  const moveFocus = (meeting: MeetingRecord | undefined) => {
    if (!meeting) return;
    setFocusedId(meeting.id);
    reveal(meeting);
    markRefs.current.get(meeting.id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const position = meetings.findIndex((m) => m.id === rovingId);
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveFocus(meetings[position + 1]),
      ArrowDown: () => moveFocus(meetings[position + 1]),
      ArrowLeft: () => moveFocus(meetings[position - 1]),
      ArrowUp: () => moveFocus(meetings[position - 1]),
      Home: () => moveFocus(meetings[0]),
      End: () => moveFocus(meetings[meetings.length - 1]),
      Enter: () => rovingId && update({ event: rovingId }),
      ' ': () => rovingId && update({ event: rovingId }),
      Escape: () => update({ event: null }),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const room = useMemo(() => labelRoom(lanes, (day) => x(dayToUtcDate(day)), width), [lanes, x, width]);
  const ticks = axisTicks(x, width);
  const summits = index.meetings.filter((m) => m.summit);
  const laneTop = (laneIndex: number, firstRow: number) =>
    AXIS_HEIGHT + laneIndex * (LANE_LABEL_HEIGHT + LANE_GAP) + firstRow * ROW_HEIGHT;
  const first = meetings[0];
  const last = meetings[meetings.length - 1];
  const description = first && last ? `from ${formatDateRange(first.start, last.end)}` : '';

  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-line bg-panel p-3 sm:p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="font-serif text-xl font-semibold">
          Timeline
        </h2>
        <p id="timeline-help" className="text-xs text-muted">
          Drag or use the wheel to pan and zoom. Tab to a meeting, then use the arrow keys, Home and End; Enter
          selects.
        </p>
      </div>
      <TimelineToolbar
        index={index}
        view={view}
        update={update}
        onZoomIn={() => zoomBy(1.6)}
        onZoomOut={() => zoomBy(1 / 1.6)}
        onFit={fitAll}
        zoomed={transform.k > 1}
      />
      <div ref={containerRef} className="mt-3 w-full">
        {meetings.length === 0 ? (
          <p className="py-8 text-center text-muted">No meetings match the filters.</p>
        ) : (
          <svg
            ref={svgRef}
            width={width}
            height={height}
            role="group"
            aria-label={`Timeline of ${meetings.length} meetings ${description}`}
            aria-describedby="timeline-help"
            onKeyDown={onKeyDown}
            className="block touch-none select-none"
          >
            <defs>
              <clipPath id={clipId}>
                <rect x={0} y={0} width={width} height={height} />
              </clipPath>
            </defs>
            <g aria-hidden="true" className="text-muted">
              {ticks.map((tick) => (
                <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
                  <line y1={AXIS_HEIGHT - 6} y2={height} stroke="var(--color-line)" />
                  <text y={AXIS_HEIGHT - 12} textAnchor="middle" fill="currentColor" fontSize={12}>
                    {tickLabel(tick)}
                  </text>
                </g>
              ))}
              {summits.map((summit) => {
                const x0 = x(dayToUtcDate(summit.startDay));
                const x1 = x(dayToUtcDate(summit.endDay + 1));
                return (
                  <rect
                    key={summit.id}
                    x={x0}
                    y={AXIS_HEIGHT - 4}
                    width={Math.max(2, x1 - x0)}
                    height={height - AXIS_HEIGHT + 4}
                    fill="var(--color-summit)"
                    opacity={0.12}
                  />
                );
              })}
            </g>
            {lanes.map((lane, laneIndex) => {
              const top = laneTop(laneIndex, lane.firstRow);
              return (
                <g key={lane.key} role="presentation">
                  <text
                    x={4}
                    y={top + LANE_LABEL_HEIGHT - 5}
                    fontSize={12.5}
                    fontWeight={600}
                    fill="var(--color-ink)"
                    aria-hidden="true"
                  >
                    {lane.label}
                  </text>
                  <g clipPath={`url(#${clipId})`}>
                    {lane.placed.map(({ meeting, row }) => (
                      <TimelineMark
                        key={meeting.id}
                        ref={(node) => {
                          if (node) markRefs.current.set(meeting.id, node);
                          else markRefs.current.delete(meeting.id);
                        }}
                        meeting={meeting}
                        label={meetingLabel(index, meeting)}
                        shortLabel={view.group === 'city' ? (index.formatById.get(meeting.formatId)?.name ?? '') : (index.cityById.get(meeting.cityId)?.name ?? '')}
                        labelRoom={room.get(meeting.id) ?? { left: 0, right: Infinity }}
                        scale={x}
                        y={top + LANE_LABEL_HEIGHT + row * ROW_HEIGHT}
                        height={ROW_HEIGHT}
                        selected={meeting.id === selectedId}
                        tabbable={meeting.id === rovingId}
                        onFocus={() => setFocusedId(meeting.id)}
                        onSelect={() => update({ event: meeting.id })}
                      />
                    ))}
                  </g>
                </g>
              );
            })}
          </svg>
        )}
      </div>
      <CategoryLegend index={index} />
    </section>
  );
}
