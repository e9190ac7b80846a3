import type { PeriodMark } from './periods';
import {
  edgeMarkerBox,
  MIN_BAR_PX,
  periodLabelPlacement,
  periodSide,
  periodText,
  visibleBar,
} from './periods';
import { dayToUtcDate } from '../../lib/calendar-date';
import type { TimeScale } from './timeline-scale';

interface PeriodStripProps {
  marks: PeriodMark[];
  scale: TimeScale;
  width: number;
  top: number;
  rowHeight: number;
  selectedDecisionId: string | null;
  onSelect: (decisionId: string) => void;
}

/**
 * Periods set by the decisions. Those beyond the visible range (the terms from 2013, the
 * next summit) stand at the edge with an arrow, and come into place when zoomed out.
 */
export function PeriodStrip({ marks, scale, width, top, rowHeight, selectedDecisionId, onSelect }: PeriodStripProps) {
  return (
    <g>
      {marks.map((mark) => {
        const x0 = scale(dayToUtcDate(mark.startDay));
        const x1 = scale(dayToUtcDate(mark.endDay + 1));
        const side = periodSide(x0, x1, width);
        const y = top + mark.row * rowHeight;
        const selected = mark.decisionId === selectedDecisionId;
        const where = side === 'after' ? ' (after the period shown)' : side === 'before' ? ' (before the period shown)' : '';
        // The same geometry as periodExtent in periods.ts, which packed the rows.
        const text = periodText(mark);
        const { left, right } = visibleBar(x0, x1, width);
        const label = periodLabelPlacement(left, right, width, text.length);
        return (
          <g
            key={mark.id}
            className="timeline-mark svg-focusable"
            role="button"
            tabIndex={0}
            aria-label={`${text}${where}. Decision: ${mark.decisionTitle}`}
            aria-current={selected ? 'true' : undefined}
            data-period-id={mark.id}
            onClick={() => onSelect(mark.decisionId)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                event.stopPropagation();
                onSelect(mark.decisionId);
              }
            }}
          >
            {side === 'within' ? (
              <>
                <rect
                  className="focus-ring"
                  x={left - 3}
                  y={y + 1}
                  width={Math.max(MIN_BAR_PX, right - left) + 6}
                  height={rowHeight - 2}
                  rx={4}
                  fill="none"
                  stroke="var(--color-accent)"
                  strokeWidth={2}
                />
                <rect
                  x={left}
                  y={y + 5}
                  width={Math.max(MIN_BAR_PX, right - left)}
                  height={rowHeight - 10}
                  rx={2}
                  fill="var(--color-period)"
                  stroke={selected ? 'var(--color-ink)' : 'none'}
                  strokeWidth={2}
                />
                <text
                  x={label.x}
                  textAnchor={label.anchor}
                  y={y + rowHeight / 2 + 4}
                  fontSize={11}
                  fill={label.inside ? 'var(--color-period-ink)' : 'var(--color-muted)'}
                  aria-hidden="true"
                >
                  {text}
                </text>
              </>
            ) : (
              <EdgeMarker side={side} width={width} y={y} rowHeight={rowHeight} text={text} selected={selected} />
            )}
          </g>
        );
      })}
    </g>
  );
}

interface EdgeMarkerProps {
  side: 'before' | 'after';
  width: number;
  y: number;
  rowHeight: number;
  text: string;
  selected: boolean;
}

function EdgeMarker({ side, width, y, rowHeight, text, selected }: EdgeMarkerProps) {
  const { x, boxWidth, label } = edgeMarkerBox(side, width, text);
  return (
    <>
      <rect
        className="focus-ring"
        x={x - 2}
        y={y}
        width={boxWidth + 4}
        height={rowHeight}
        rx={4}
        fill="none"
        stroke="var(--color-accent)"
        strokeWidth={2}
      />
      <rect
        x={x}
        y={y + 2}
        width={boxWidth}
        height={rowHeight - 4}
        rx={3}
        fill="var(--color-panel)"
        stroke={selected ? 'var(--color-ink)' : 'var(--color-period)'}
        strokeWidth={selected ? 2 : 1}
        strokeDasharray={selected ? undefined : '4 2'}
      />
      <text
        x={side === 'after' ? width - 6 : 6}
        textAnchor={side === 'after' ? 'end' : 'start'}
        y={y + rowHeight / 2 + 4}
        fontSize={11}
        fill="var(--color-ink)"
        aria-hidden="true"
      >
        {label}
      </text>
    </>
  );
}
