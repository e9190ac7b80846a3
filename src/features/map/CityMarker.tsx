import type { KeyboardEvent } from 'react';
import type { PlacedLabel } from './label-placement';
import { CITY_FONT } from './map-labels';
import { HIT_RADIUS } from './marker-scale';

interface CityMarkerProps {
  cityId: string;
  /** "Dushanbe, Tajikistan: 3 meetings". */
  label: string;
  name: string;
  x: number;
  y: number;
  radius: number;
  count: number;
  /** Where the name goes; null when there is no room for it at this zoom. */
  placed: PlacedLabel | null;
  /** The selected meeting was held here. */
  emphasis: boolean;
  /** The city filter is exactly this city. */
  filtered: boolean;
  tooltipId: string | null;
  onActivate: () => void;
  /** Shows its meetings; `byKeyboard` also pans the map to the marker if needed. */
  onShow: (byKeyboard: boolean) => void;
  /** Hides its meetings: `now` on blur or Escape, after a moment when the pointer leaves. */
  onHide: (now: boolean) => void;
}

/** One meeting city: a circle sized by its meetings, its name, a focus ring; a button. */
export function CityMarker(props: CityMarkerProps) {
  const { label, name, x, y, radius, count, placed, emphasis, filtered } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate();
    } else if (event.key === 'Escape' && props.tooltipId) {
      // Escape first dismisses the meetings tip; the next one may close the state panel.
      event.stopPropagation();
      props.onHide(true);
    }
  };
  const empty = count === 0;
  return (
    <g
      className="map-marker svg-focusable"
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={filtered}
      aria-describedby={props.tooltipId ?? undefined}
      data-city-id={props.cityId}
      onClick={(event) => {
        props.onActivate();
        // After a tap the tip would linger with nothing to hover away from: the list shows it now.
        if ((event.nativeEvent as PointerEvent).pointerType === 'touch') props.onHide(true);
      }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => props.onShow(false)}
      onMouseLeave={() => props.onHide(false)}
      onFocus={() => props.onShow(true)}
      onBlur={() => props.onHide(true)}
    >
      <circle cx={x} cy={y} r={Math.max(HIT_RADIUS, radius + 3)} fill="transparent" />
      <circle
        className="focus-ring"
        cx={x}
        cy={y}
        r={radius + (emphasis ? 9 : 5)}
        fill="none"
        stroke="var(--color-accent)"
        strokeWidth={3}
      />
      {emphasis && (
        <circle
          cx={x}
          cy={y}
          r={radius + 4.5}
          fill="none"
          stroke="var(--map-selected)"
          strokeWidth={2.5}
        />
      )}
      <circle
        className="marker-dot"
        cx={x}
        cy={y}
        r={radius}
        fill={empty ? 'var(--map-halo)' : 'var(--map-marker)'}
        fillOpacity={empty ? 1 : 0.9}
        stroke={empty ? 'var(--map-marker)' : 'var(--map-marker-edge)'}
        strokeWidth={empty ? 1.5 : 1.25}
        strokeDasharray={empty ? '2 1.5' : undefined}
      />
      {placed && (
        <text
          className="map-label"
          x={placed.x}
          y={placed.y}
          textAnchor={placed.anchor}
          dominantBaseline="central"
          fontSize={CITY_FONT}
          fontWeight={emphasis || filtered ? 700 : 500}
          fill={empty ? 'var(--color-muted)' : 'var(--color-ink)'}
          aria-hidden="true"
        >
          {name}
        </text>
      )}
    </g>
  );
}
