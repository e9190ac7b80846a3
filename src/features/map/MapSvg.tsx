import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { MeetingRecord } from '../../data/dataset-index';
import { CityMarker } from './CityMarker';
import { CityTooltip } from './CityTooltip';
import type { MapGeometry } from './map-geometry';
import {
  layoutMapLabels,
  STATE_FONT,
  STATE_TRACKING,
  type CityMark,
  type StateMark,
} from './map-labels';
import { RolePatterns } from './RolePatterns';

/** The role patterns change with the zoom only. */
const Patterns = memo(RolePatterns);
import type { StateStatus } from './roles';
import { StateShapes } from './StateShapes';
import { createTextMeasure } from './text-measure';
import { useCityTip } from './use-city-tip';
import { useMapZoom } from './use-map-zoom';
import { ZoomControls } from './ZoomControls';
import { useT } from '../../i18n/use-t';

export interface StateEntry {
  id: string;
  name: string;
  /** ISO alpha-3, the label for states too small for their name. */
  code: string;
  /** Accessible name: "Afghanistan: observer, new at this summit". */
  label: string;
  status: StateStatus | undefined;
}

export interface CityEntry {
  id: string;
  name: string;
  /** "Dushanbe, Tajikistan". */
  title: string;
  /** Accessible name: "Dushanbe, Tajikistan: 3 meetings". */
  label: string;
  /** Its meetings under the current filters. */
  meetings: readonly MeetingRecord[];
}

interface MapSvgProps {
  geometry: MapGeometry;
  states: readonly StateEntry[];
  cities: readonly CityEntry[];
  radius: (count: number) => number;
  /** The selected meeting's city. */
  emphasisCityId: string | null;
  /** The city filter, when it is exactly one city. */
  filteredCityId: string | null;
  selectedStateId: string | null;
  showChanges: boolean;
  describedBy: string;
  onSelectState: (id: string) => void;
  onSelectCity: (id: string) => void;
}

/** The map's SVG: d3 computed the pixels, React draws them; zoom moves the country group. */
export function MapSvg(props: MapSvgProps) {
  const { geometry, states, cities, radius, emphasisCityId, filteredCityId, selectedStateId } =
    props;
  const { width, height } = geometry;
  const tr = useT();
  const zoom = useMapZoom(width, height);
  const { transform: t, svgRef, reveal } = zoom;
  const prefix = `map-${useId().replace(/[^\w-]/g, '')}`;
  // Map text inherits the page's font, so the body's computed font is the one to measure.
  const measure = useMemo(() => createTextMeasure(document.body), []);
  const [focusedStateId, setFocusedStateId] = useState<string | null>(null);
  const tip = useCityTip();
  const tipCityId = tip.cityId;

  const onStateFocus = useCallback(
    (id: string | null) => {
      setFocusedStateId(id);
      const at = id ? geometry.participants.get(id)?.labelAt : undefined;
      if (at) reveal(at[0], at[1]);
    },
    [geometry, reveal],
  );

  const cityMarks = useMemo(
    () =>
      cities.flatMap((city): CityMark[] => {
        const point = geometry.cities.get(city.id);
        if (!point) return [];
        const [x, y] = t.apply(point);
        const count = city.meetings.length;
        return [
          {
            id: city.id,
            name: city.name,
            x,
            y,
            radius: radius(count),
            count,
            emphasis: city.id === emphasisCityId,
          },
        ];
      }),
    [cities, geometry, t, radius, emphasisCityId],
  );
  // The badge's width is measured with the label: the word is the page's language's.
  const newBadge = tr('state.new');
  const labels = useMemo(() => {
    const stateMarks = states.flatMap((state): StateMark[] => {
      const shape = geometry.participants.get(state.id);
      if (!shape) return [];
      const [x, y] = t.apply(shape.labelAt);
      const isNew = props.showChanges && state.status?.changed === true;
      return [
        {
          id: state.id,
          name: state.name,
          code: state.code,
          x,
          y,
          room: [shape.labelRoom[0] * t.k, shape.labelRoom[1] * t.k],
          spots: shape.labelSpots.map((spot) => t.apply(spot)),
          selected: state.id === selectedStateId,
          badge: isNew ? newBadge : null,
        },
      ];
    });
    return layoutMapLabels(cityMarks, stateMarks, width, height, measure);
  }, [states, geometry, t, cityMarks, selectedStateId, props.showChanges, width, height, measure, newBadge]);

  const tipCity = cities.find((c) => c.id === tipCityId);
  const tipMark = cityMarks.find((c) => c.id === tipCityId);
  const tipId = `${prefix}-tip`;
  return (
    <div className="relative">
      <ZoomControls zoom={zoom} />
      <svg
        ref={svgRef}
        data-picture="map"
        width={width}
        height={height}
        role="group"
        aria-label={tr('map.label')}
        aria-describedby={props.describedBy}
        className={`block rounded-md select-none ${t.k > 1 ? 'touch-none' : 'touch-pan-y'}`}
      >
        <Patterns prefix={prefix} zoom={t.k} />
        <rect width={width} height={height} fill="var(--map-sea)" aria-hidden="true" />
        <g transform={t.toString()}>
          <StateShapes
            geometry={geometry}
            states={states}
            patternPrefix={prefix}
            selectedId={selectedStateId}
            focusedId={focusedStateId}
            showChanges={props.showChanges}
            onSelect={props.onSelectState}
            onFocusChange={onStateFocus}
          />
        </g>
        <g
          aria-hidden="true"
          className="map-label"
          pointerEvents="none"
          fontSize={STATE_FONT}
          fontWeight={650}
          letterSpacing={`${STATE_TRACKING}em`}
        >
          {[...labels.states.values()].map((label) => (
            <text
              key={label.id}
              x={label.x}
              y={label.y}
              textAnchor="middle"
              dominantBaseline="central"
              fill="var(--color-ink)"
            >
              <tspan x={label.x} dy={label.badge ? '-0.6em' : 0}>
                {label.text.toUpperCase()}
              </tspan>
              {label.badge && (
                <tspan
                  x={label.x}
                  dy="1.25em"
                  fontSize={STATE_FONT - 1}
                  fill="var(--color-summit)"
                  letterSpacing="0.02em"
                >
                  {label.badge}
                </tspan>
              )}
            </text>
          ))}
        </g>
        {cityMarks.map((mark) => {
          const city = cities.find((c) => c.id === mark.id);
          if (!city) return null;
          return (
            <CityMarker
              key={mark.id}
              cityId={mark.id}
              label={city.label}
              name={mark.name}
              x={mark.x}
              y={mark.y}
              radius={mark.radius}
              count={mark.count}
              placed={labels.cities.get(mark.id) ?? null}
              emphasis={mark.emphasis}
              filtered={mark.id === filteredCityId}
              tooltipId={tipCityId === mark.id ? tipId : null}
              onActivate={() => props.onSelectCity(mark.id)}
              onShow={(byKeyboard) => {
                tip.show(mark.id);
                const point = geometry.cities.get(mark.id);
                if (point && byKeyboard) reveal(point[0], point[1]);
              }}
              onHide={(now) => (now ? tip.hideNow() : tip.hideSoon(mark.id))}
            />
          );
        })}
      </svg>
      {tipCity && tipMark && (
        <CityTooltip
          id={tipId}
          title={tipCity.title}
          meetings={tipCity.meetings}
          x={tipMark.x}
          y={tipMark.y}
          radius={tipMark.radius}
          width={width}
          height={height}
          onPointerEnter={tip.keep}
          onPointerLeave={() => tip.hideSoon(tipCity.id)}
        />
      )}
    </div>
  );
}
