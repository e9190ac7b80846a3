import type { CSSProperties } from 'react';
import type { MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import { useT } from '../../i18n/use-t';

interface CityTooltipProps {
  id: string;
  title: string;
  meetings: readonly MeetingRecord[];
  /** The marker's centre and radius on screen, and the map's size, to place the tip. */
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** The tip stays while the pointer is on it. */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const MAX_WIDTH = 360;

/** Half a city label's height and a little: the tip never covers the label it belongs to. */
const LABEL_CLEARANCE = 12;

/** A rough height, to keep the tip inside the map vertically (it is not measured). */
const estimateHeight = (count: number) => 40 + 34 * Math.max(1, count);

/**
 * Beside the marker where the map is wide enough (on the side with more room), else below
 * it, or above it in the lower part of the map; always within the map's width.
 */
function tooltipPlacement(
  x: number,
  y: number,
  radius: number,
  width: number,
  height: number,
  tipWidth: number,
  count: number,
): CSSProperties {
  const gap = radius + 10;
  const leftRoom = x - gap - 8;
  const rightRoom = width - x - gap - 8;
  if (Math.max(leftRoom, rightRoom) >= tipWidth) {
    // Beside, but clear of the marker's label line: starting just below it, or ending just above.
    const clear = LABEL_CLEARANCE;
    const vertical: CSSProperties =
      y + clear + estimateHeight(count) <= height - 8 || y < height / 2
        ? { top: y + clear }
        : { bottom: height - y + clear };
    const left = rightRoom >= tipWidth ? x + gap : x - gap - tipWidth;
    return { ...vertical, left, width: tipWidth };
  }
  const left = Math.min(Math.max(8, x - tipWidth / 2), width - tipWidth - 8);
  return y < height * 0.55
    ? { left, width: tipWidth, top: y + gap }
    : { left, width: tipWidth, bottom: height - y + gap };
}

/**
 * The meetings held in a city, shown while its marker is hovered or focused.
 */
export function CityTooltip({
  id,
  title,
  meetings,
  x,
  y,
  radius,
  width,
  height,
  onPointerEnter,
  onPointerLeave,
}: CityTooltipProps) {
  const t = useT();
  const tipWidth = Math.min(MAX_WIDTH, width - 16);
  // On a phone the tip is too narrow for a date column: dates go above the titles.
  const stacked = tipWidth < 320;
  const style = tooltipPlacement(x, y, radius, width, height, tipWidth, meetings.length);
  return (
    <div
      id={id}
      role="tooltip"
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      className="absolute z-10 rounded-md border border-line bg-panel p-2.5 text-sm shadow-lg"
    >
      <p className="font-semibold">
        {title}{' '}
        <span className="font-normal text-muted">
          · {t('meetings.count', { count: meetings.length })}
        </span>
      </p>
      {meetings.length === 0 ? (
        <p className="text-muted">{t('map.tipNone')}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-[0.8125rem] leading-snug">
          {meetings.map((meeting) => (
            <li
              key={meeting.id}
              className={stacked ? undefined : 'grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-2'}
            >
              <span className={`text-muted tabular-nums ${stacked ? 'block text-xs' : ''}`}>
                {formatDateRange(meeting.start, meeting.end, t.lang)}
              </span>
              <span className={meeting.summit ? 'font-semibold' : undefined}>{meeting.title}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
