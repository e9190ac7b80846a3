import { memo, useCallback, useDeferredValue, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { DataLink } from '../../state/deep-link';
import type { ShowInSource } from '../../state/source-target';
import { useUpdateView } from '../../state/view-slice';
import { withViewSlice, type WithView } from '../../state/view-slice-section';
import { useAnchor } from '../../ui/navigation';
import { useElementWidth } from '../../ui/use-element-width';
import { cityLabel, maxCityCount, meetingsByCity } from './city-meetings';
import { MapSvg, type CityEntry, type StateEntry } from './MapSvg';
import { isOnMap, projectMap } from './map-geometry';
import { MapLegend } from './MapLegend';
import { mapHeight } from './map-projection';
import { EMPTY_RADIUS, markerScale, maxRadius } from './marker-scale';
import { OtherParticipants } from './OtherParticipants';
import { ParticipantList } from './ParticipantList';
import { PlacesList } from './PlacesList';
import { participantIds, rolesAt, stateLabel } from './roles';
import { RolesToggle } from './RolesToggle';
import { StatePanel } from './StatePanel';
import { useAtlas } from './use-atlas';
import { useOnline, useOnReconnect } from '../../ui/use-online';
import './map.css';
import { useT } from '../../i18n/use-t';

interface ParticipantMapProps {
  index: DatasetIndex;
  /** The meetings the filters let through: their cities are drawn. */
  meetings: MeetingRecord[];
  showInSource: ShowInSource;
  /** The data parameter to keep in links (null for the default dataset). */
  dataLink: DataLink;
}

/** The legend draws again only when its sizes or roles change, not for each filter. */
const Legend = memo(MapLegend);

/** The parameters the map draws: the selected state and meeting, the roles' moment, the city filter. */
const SLICE = ['event', 'state', 'roles', 'city'] as const;
/** Shown first by the timeline and the filters: the map follows them after the paint. */
const FROM_ELSEWHERE = ['event', 'city'] as const;

/** The participant map (lazy-loaded): states by SCO role, meeting cities, delegations. */
function ParticipantMap({
  index,
  meetings,
  showInSource,
  dataLink,
  view,
}: WithView<ParticipantMapProps, (typeof SLICE)[number]>) {
  const { dataset } = index;
  const update = useUpdateView();
  const anchor = useAnchor('map');
  const t = useT();
  const sectionRef = useRef<HTMLElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(mapRef);
  const height = mapHeight(width);
  const atlas = useAtlas();
  const online = useOnline();
  // Offline, the shapes fail to load (unless the service worker has them): they load again
  // as soon as the connection returns.
  const { refetch } = atlas;
  useOnReconnect(useCallback(() => void refetch({ cancelRefetch: false }), [refetch]), atlas.isError);

  const ids = useMemo(() => participantIds(dataset), [dataset]);
  const statuses = useMemo(() => rolesAt(dataset, view.roles), [dataset, view.roles]);
  // The shapes arrive through React Query's store, whose news React renders at once, in one
  // long task (projecting the map, drawing every country). Deferred, that work is a
  // background render that yields to input between components.
  const shapes = useDeferredValue(atlas.data);
  const geometry = useMemo(
    () =>
      shapes
        ? projectMap(
            shapes,
            dataset.reference.countries,
            ids,
            dataset.reference.cities,
            width,
            height,
          )
        : null,
    [shapes, dataset, ids, width, height],
  );
  const states = useMemo(
    (): StateEntry[] =>
      ids.map((id) => {
        const country = index.countryById.get(id);
        const name = country?.name ?? id;
        const status = statuses.get(id);
        return {
          id,
          name,
          code: country?.iso3 ?? id,
          label: stateLabel(t, name, status, view.roles),
          status,
        };
      }),
    [ids, index, statuses, view.roles, t],
  );

  // Sizes are relative to the busiest city over all meetings, so filtering shrinks markers.
  const allByCity = useMemo(() => meetingsByCity(index.meetings), [index]);
  const radius = useMemo(
    () => markerScale(maxCityCount(allByCity), maxRadius(width)),
    [allByCity, width],
  );
  const shownByCity = useMemo(() => meetingsByCity(meetings), [meetings]);
  const cities = useMemo(
    (): CityEntry[] =>
      dataset.reference.cities
        .filter((city) => allByCity.has(city.id))
        .map((city) => {
          const shown = shownByCity.get(city.id) ?? [];
          const country = index.countryById.get(city.countryId)?.name ?? city.countryId;
          return {
            id: city.id,
            name: city.name,
            title: `${city.name}, ${country}`,
            label: cityLabel(t, city.name, country, shown.length),
            meetings: shown,
          };
        }),
    [dataset, allByCity, shownByCity, index, t],
  );
  const onMap = (city: CityEntry) => isOnMap(index.cityById.get(city.id), geometry);
  const placed = cities.filter(onMap);
  const unplaced = cities.filter((city) => !onMap(city));
  // A user's chronology names no participating states: the map then shows its places only.
  const hasStates = ids.length > 0;
  const busiest = maxCityCount(allByCity);
  const legendSizes = useMemo(
    () =>
      [...new Set([1, Math.round(busiest / 2), busiest])]
        .filter((n) => n > 0)
        .map((n): [number, number] => [n, radius(n)]),
    [busiest, radius],
  );

  const selectState = useCallback((id: string) => update({ state: id }), [update]);
  // A click on the only city filtered clears the filter; on any other city, filters by it.
  const selectCity = useCallback(
    (id: string) => update((now) => ({ city: now.city.length === 1 && now.city[0] === id ? [] : [id] })),
    [update],
  );
  const closeState = () => {
    const id = view.state;
    const focusInPanel = document.activeElement?.closest('[data-state-panel]');
    update({ state: null });
    // The panel goes away: keep the keyboard where the reader was, on the state on the map.
    if (id && focusInPanel)
      sectionRef.current?.querySelector<SVGElement>(`[data-state-id="${id}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !view.state) return;
    // Handled here, so the meeting panel's page-wide Escape does not also close the meeting.
    event.stopPropagation();
    closeState();
  };
  const emphasisCityId = view.event ? (index.meetingById.get(view.event)?.cityId ?? null) : null;
  const filteredCityId = view.city.length === 1 ? (view.city[0] ?? null) : null;

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape, delegated from the controls inside (all buttons and links), deselects
    <section
      ref={sectionRef}
      aria-labelledby="map-heading"
      onKeyDown={onKeyDown}
      className="rounded-lg border border-line bg-panel p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="map-heading" ref={anchor} className="font-serif text-xl font-semibold">
          {hasStates ? t('map.heading') : t('map.headingPlaces')}
        </h2>
        <p id="map-help" className="text-xs text-muted">
          {hasStates ? t('map.help') : t('map.helpPlaces')}
        </p>
      </div>
      {hasStates && (
        <div className="mt-3">
          <RolesToggle value={view.roles} onChange={(roles) => update({ roles })} />
        </div>
      )}
      {/* Wide screens: the map and its list on the left, the delegation beside them (spanning both). */}
      <div className="mt-3 grid gap-5 xl:grid-cols-[minmax(0,1fr)_20rem] xl:grid-rows-[auto_1fr]">
        <div className="min-w-0">
          <div ref={mapRef} className="rounded-md border border-line" style={{ minHeight: height }}>
            {geometry ? (
              <MapSvg
                geometry={geometry}
                states={states}
                cities={cities}
                radius={radius}
                emphasisCityId={emphasisCityId}
                filteredCityId={filteredCityId}
                selectedStateId={view.state}
                showChanges={view.roles === 'after'}
                describedBy="map-help"
                onSelectState={selectState}
                onSelectCity={selectCity}
              />
            ) : atlas.isError ? (
              <div
                role="alert"
                className="grid place-items-center gap-2 p-6 text-center"
                style={{ height }}
              >
                <p>{online ? t('map.shapesFailed') : t('offline.note')}</p>
                <button
                  type="button"
                  className="rounded-md border border-line px-3 py-1 text-sm"
                  onClick={() => void atlas.refetch()}
                >
                  {t('action.tryAgain')}
                </button>
              </div>
            ) : (
              <p
                className="grid place-items-center text-muted"
                style={{ height, background: 'var(--map-sea)' }}
              >
                {t('map.loading')}
              </p>
            )}
          </div>
          <Legend
            sizes={legendSizes}
            emptyRadius={EMPTY_RADIUS}
            showChanges={hasStates && view.roles === 'after'}
            showRoles={hasStates}
          />
        </div>
        <div className="min-w-0 space-y-5 xl:row-span-2">
          {view.state ? (
            <div data-state-panel="">
              <StatePanel
                index={index}
                countryId={view.state}
                status={statuses.get(view.state)}
                selectedEventId={view.event}
                update={update}
                showInSource={showInSource}
                datasetId={dataLink}
                onClose={closeState}
              />
            </div>
          ) : hasStates ? (
            <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">
              {t('map.hint')}
            </p>
          ) : null}
          {dataset.organisations.length > 0 && (
            <OtherParticipants organisations={dataset.organisations} showInSource={showInSource} />
          )}
          {/* The states' list is the bundled map's text twin; a map of places needs its own. */}
          {(!hasStates || unplaced.length > 0) && (
            <PlacesList placed={placed} unplaced={unplaced} onSelect={selectCity} />
          )}
        </div>
        {hasStates && (
          <ParticipantList
            index={index}
            statuses={statuses}
            moment={view.roles}
            selectedId={view.state}
            onSelect={selectState}
          />
        )}
      </div>
    </section>
  );
}

export default withViewSlice(SLICE, FROM_ELSEWHERE, ParticipantMap);
