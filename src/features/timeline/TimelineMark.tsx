import { memo } from 'react';
import { symbol, type SymbolType } from 'd3-shape';
import type { MeetingRecord } from '../../data/dataset-index';
import { categoryStyle } from '../../ui/category-style';
import type { LabelRoom } from './lanes';
import { markGeometry, type TimeScale } from './timeline-scale';

interface TimelineMarkProps {
  meeting: MeetingRecord;
  /** The accessible name: title, dates, city, country. */
  label: string;
  /** Shown beside the mark when there is room for it. */
  shortLabel: string;
  /** Pixels free either side of the mark, before its neighbours in the row. */
  labelRoom: LabelRoom;
  scale: TimeScale;
  y: number;
  height: number;
  /** Compact rows of a dense dataset: thin bars, no labels. */
  compact: boolean;
  selected: boolean;
  /** Linked to the selected decision. */
  linked: boolean;
  /** The one mark in the tab order (roving tabindex). */
  tabbable: boolean;
  /** Called with the meeting's id; stable functions, so that the mark can skip a render. */
  onFocus: (meetingId: string) => void;
  onSelect: (meetingId: string) => void;
}

const BAR_HEIGHT = 14;
const RING_STROKE = 2.5;
const RING_INSET = RING_STROKE / 2 + 0.25;

/** d3 draws each category's symbol once per size; hundreds of marks share the paths. */
const symbolPaths = new Map<SymbolType, Map<number, string>>();
function symbolPath(type: SymbolType, size: number): string {
  let bySize = symbolPaths.get(type);
  if (!bySize) symbolPaths.set(type, (bySize = new Map<number, string>()));
  let path = bySize.get(size);
  if (path === undefined) bySize.set(size, (path = symbol(type, size)() ?? ''));
  return path;
}
const APPROX_CHAR_PX = 6.6;

/**
 * One meeting: a bar from its first to its last day, or a symbol on its day. The category
 * shows as colour and shape; the summit as a taller, darker bar with a bold label.
 * Memoised: a selection draws again only the marks whose state it changes, not every mark.
 */
export const TimelineMark = memo(function TimelineMark(props: TimelineMarkProps) {
  const { meeting, label, shortLabel, labelRoom, scale, y, height, compact, selected, linked, tabbable } = props;
  const style = categoryStyle(meeting.categoryId);
  const { x0, x1, cx, multiDay } = markGeometry(scale, meeting.startDay, meeting.endDay);
  const mid = y + height / 2;
  const summit = meeting.summit === true;
  const fill = summit ? 'var(--color-summit)' : style.color;
  const barHeight = compact ? height - 3 : summit ? BAR_HEIGHT + 6 : BAR_HEIGHT;
  const asBar = multiDay || compact;
  const left = asBar ? x0 : cx - 7;
  const right = asBar ? Math.max(x1, x0 + 6) : cx + 7;
  const text = summit ? `★ ${shortLabel}` : shortLabel;
  const textWidth = text.length * APPROX_CHAR_PX;
  // Inset from the row's edges by half the ring's stroke and a little, so the stroke stays
  // inside the row: neighbouring rows' marks never overlap, not even by their rings.
  const ringTop = Math.min(y + RING_INSET, mid - barHeight / 2 - 4);
  const ringBottom = Math.max(y + height - RING_INSET, mid + barHeight / 2 + 4);
  // Right of the mark by preference, left where the right is crowded, else not at all.
  const textSide = compact ? null : textWidth < labelRoom.right ? 'right' : textWidth < labelRoom.left ? 'left' : null;
  return (
    <g
      className="timeline-mark svg-focusable"
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      data-meeting-id={meeting.id}
      data-linked={linked ? 'true' : undefined}
      onFocus={() => props.onFocus(meeting.id)}
      onClick={() => props.onSelect(meeting.id)}
    >
      {/*
        The focus ring doubles as the hit area: a generous box, the whole row or the mark with
        a margin, whichever is taller, so small marks are easy to click or tap. One element
        per mark fewer: a filter that leaves a few hundred marks mounts them all at once.
      */}
      <rect
        className="focus-ring"
        x={left - 4}
        y={ringTop}
        width={right - left + 8}
        height={ringBottom - ringTop}
        rx={6}
        fill="transparent"
        stroke="var(--color-accent)"
        strokeWidth={RING_STROKE}
      />
      {linked && (
        <rect
          x={left - 3}
          y={mid - barHeight / 2 - 3}
          width={right - left + 6}
          height={barHeight + 6}
          rx={5}
          fill="none"
          stroke="var(--color-linked)"
          strokeWidth={2}
          strokeDasharray="3 2"
        />
      )}
      {asBar ? (
        <rect
          x={x0}
          y={mid - barHeight / 2}
          width={Math.max(6, x1 - x0)}
          height={barHeight}
          rx={3}
          fill={fill}
          stroke={selected ? 'var(--color-ink)' : 'var(--color-panel)'}
          strokeWidth={selected ? 2.5 : 1}
        />
      ) : (
        <path
          transform={`translate(${cx},${mid})`}
          d={symbolPath(style.symbol, selected ? 190 : 130)}
          fill={fill}
          stroke={selected ? 'var(--color-ink)' : 'var(--color-panel)'}
          strokeWidth={selected ? 2.5 : 1}
        />
      )}
      {textSide && (
        <text
          x={textSide === 'right' ? right + 5 : left - 5}
          textAnchor={textSide === 'right' ? 'start' : 'end'}
          y={mid + 4}
          fontSize={12}
          fontWeight={summit || selected ? 700 : 400}
          fill={summit ? 'var(--color-summit)' : 'var(--color-muted)'}
          aria-hidden="true"
        >
          {text}
        </text>
      )}
    </g>
  );
});
