import type { MeetingRecord } from '../../data/dataset-index';
import { dayToUtcDate } from '../../lib/calendar-date';
import { AXIS_HEIGHT } from './timeline-layout';
import { axisTicks, tickLabel, type TimeScale } from './timeline-scale';
import { useT } from '../../i18n/use-t';

interface TimelineAxisProps {
  /** The summits, drawn as bands across the lanes. */
  summits: readonly MeetingRecord[];
  scale: TimeScale;
  width: number;
  height: number;
  top: number;
}

/** Ticks, grid lines and the summit's band: decoration, hidden from assistive technology. */
export function TimelineAxis({ summits, scale, width, height, top }: TimelineAxisProps) {
  const t = useT();
  const ticks = axisTicks(scale, width);
  return (
    <g aria-hidden="true" className="text-muted">
      {ticks.map((tick) => (
        <g key={tick.getTime()} transform={`translate(${scale(tick)},0)`}>
          <line y1={top - 6} y2={height} stroke="var(--color-line)" />
          <text y={AXIS_HEIGHT - 12} textAnchor="middle" fill="currentColor" fontSize={12}>
            {tickLabel(tick, t.lang)}
          </text>
        </g>
      ))}
      {summits.map((summit) => {
        const x0 = scale(dayToUtcDate(summit.startDay));
        const x1 = scale(dayToUtcDate(summit.endDay + 1));
        return (
          <rect
            key={summit.id}
            x={x0}
            y={top - 4}
            width={Math.max(2, x1 - x0)}
            height={height - top + 4}
            fill="var(--color-summit)"
            opacity={0.12}
          />
        );
      })}
    </g>
  );
}
