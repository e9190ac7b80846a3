import { memo, type KeyboardEvent } from 'react';
import type { MapGeometry } from './map-geometry';
import { roleFill } from './RolePatterns';
import type { StateStatus } from './roles';

interface StateShapesProps {
  geometry: MapGeometry;
  /** Participants in tab order, each with its accessible name. */
  states: readonly { id: string; label: string; status: StateStatus | undefined }[];
  patternPrefix: string;
  selectedId: string | null;
  focusedId: string | null;
  /** Whether states whose status changed at the summit are marked (the "after" view). */
  showChanges: boolean;
  onSelect: (id: string) => void;
  onFocusChange: (id: string | null) => void;
}

const activate = (event: KeyboardEvent, action: () => void) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
};

/**
 * The countries, inside the zoomed group. Memoised: a zoom step changes only the group's
 * transform, so these hundred-odd paths are not re-rendered while panning.
 */
export const StateShapes = memo(function StateShapes(props: StateShapesProps) {
  const {
    geometry,
    states,
    patternPrefix,
    selectedId,
    focusedId,
    showChanges,
    onSelect,
    onFocusChange,
  } = props;
  const outline = (id: string | null) => (id ? geometry.participants.get(id)?.d : undefined);
  return (
    <>
      <g aria-hidden="true">
        {geometry.context.map((country) => (
          <path
            key={country.key}
            d={country.d}
            fill="var(--map-land)"
            stroke="var(--map-border)"
            strokeWidth={0.75}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </g>
      {states.map(({ id, label, status }) => {
        const shape = geometry.participants.get(id);
        if (!shape) return null;
        return (
          <path
            key={id}
            d={shape.d}
            className="map-state"
            role="button"
            tabIndex={0}
            aria-label={label}
            aria-pressed={id === selectedId}
            data-state-id={id}
            fill={roleFill(patternPrefix, status?.role ?? null)}
            stroke="var(--map-border)"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
            onClick={() => onSelect(id)}
            onKeyDown={(event) => activate(event, () => onSelect(id))}
            onFocus={(event) =>
              onFocusChange(event.currentTarget.matches(':focus-visible') ? id : null)
            }
            onBlur={() => onFocusChange(null)}
          >
            <title>{label}</title>
          </path>
        );
      })}
      <g aria-hidden="true" fill="none" pointerEvents="none">
        {showChanges &&
          states
            .filter((s) => s.status?.changed)
            .map(({ id }) => (
              <path
                key={id}
                d={outline(id)}
                stroke="var(--map-selected)"
                strokeWidth={1.75}
                strokeDasharray="5 3"
                vectorEffect="non-scaling-stroke"
              />
            ))}
        {selectedId && outline(selectedId) && (
          <path
            d={outline(selectedId)}
            stroke="var(--map-selected)"
            strokeWidth={2.75}
            vectorEffect="non-scaling-stroke"
          />
        )}
        {focusedId && outline(focusedId) && (
          // A halo under the ring keeps it visible over any fill, light or dark.
          <g>
            <path
              d={outline(focusedId)}
              stroke="var(--map-halo)"
              strokeWidth={7}
              vectorEffect="non-scaling-stroke"
            />
            <path
              d={outline(focusedId)}
              stroke="var(--color-accent)"
              strokeWidth={3.5}
              vectorEffect="non-scaling-stroke"
            />
          </g>
        )}
      </g>
    </>
  );
});
