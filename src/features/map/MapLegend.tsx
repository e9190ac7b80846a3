import { ROLE_ORDER } from './roles';
import { RoleSwatch } from './RoleSwatch';
import { useT } from '../../i18n/use-t';

interface MapLegendProps {
  /** Marker sizes to show, as [count, radius] pairs. */
  sizes: readonly [number, number][];
  emptyRadius: number;
  showChanges: boolean;
  /** False for a map of places only (a user's chronology): no state has a role. */
  showRoles?: boolean;
}

const itemClass = 'flex items-center gap-1.5';

/** What the fills, outlines and circles mean. */
export function MapLegend({ sizes, emptyRadius, showChanges, showRoles = true }: MapLegendProps) {
  const t = useT();
  const largest = Math.max(emptyRadius, ...sizes.map(([, r]) => r));
  const box = largest * 2 + 4;
  return (
    <div data-picture-legend="map" className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {showRoles && (
        <ul
          aria-label={t('map.statesByRole')}
          className="flex flex-wrap items-center gap-x-4 gap-y-1"
        >
          {ROLE_ORDER.map((role) => (
            <li key={role} className={itemClass}>
              <RoleSwatch role={role} size={16} />
              {t(`role.${role}`)}
            </li>
          ))}
          {showChanges && (
            <li className={itemClass}>
              <svg aria-hidden="true" width={16} height={16}>
                <rect
                  x={1}
                  y={1}
                  width={14}
                  height={14}
                  rx={2}
                  fill="none"
                  stroke="var(--map-selected)"
                  strokeWidth={1.75}
                  strokeDasharray="4 2.5"
                />
              </svg>
              {t('map.newStatus')}
            </li>
          )}
        </ul>
      )}
      <ul aria-label={t('map.cities')} className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <li className={itemClass}>
          <svg aria-hidden="true" width={sizes.length * (box + 2)} height={box}>
            {sizes.map(([, r], i) => (
              <circle
                key={i}
                cx={i * (box + 2) + box / 2}
                cy={box / 2}
                r={r}
                fill="var(--map-marker)"
                fillOpacity={0.9}
                stroke="var(--map-marker-edge)"
              />
            ))}
          </svg>
          {t('map.meetingsInCity', {
            counts: sizes.map(([count]) => count).join(', '),
            // The noun agrees with the last number read: "1 meeting", "1, 4, 8 meetings".
            last: sizes.at(-1)?.[0] ?? 0,
          })}
        </li>
        <li className={itemClass}>
          <svg aria-hidden="true" width={box} height={box}>
            <circle
              cx={box / 2}
              cy={box / 2}
              r={emptyRadius}
              fill="none"
              stroke="var(--map-marker)"
              strokeWidth={1.5}
              strokeDasharray="2 1.5"
            />
          </svg>
          {t('map.noneUnderFilters')}
        </li>
      </ul>
    </div>
  );
}
