import { useT } from '../../i18n/use-t';
import type { CityEntry } from './MapSvg';

interface PlacesListProps {
  /** The meeting cities on the map. */
  placed: readonly CityEntry[];
  /** Meeting cities without coordinates: never placed by a guess, listed here instead. */
  unplaced: readonly CityEntry[];
  onSelect: (id: string) => void;
}

/**
 * The cities' text alternative: each meeting city with its meetings in view, selecting it
 * filters the meetings as its marker does; and the cities that could not be placed.
 */
export function PlacesList({ placed, unplaced, onSelect }: PlacesListProps) {
  const t = useT();
  const item = (city: CityEntry) => (
    <li key={city.id}>
      <button
        type="button"
        onClick={() => onSelect(city.id)}
        className="text-left text-accent underline underline-offset-2 wrap-anywhere"
      >
        {city.label}
      </button>
    </li>
  );
  return (
    <section aria-labelledby="places-heading" className="min-w-0">
      <h3 id="places-heading" className="font-serif text-lg font-semibold">
        {t('map.citiesHeading')}
      </h3>
      {placed.length > 0 ? (
        <ul className="mt-1 space-y-0.5 text-sm">{placed.map(item)}</ul>
      ) : (
        <p className="mt-1 text-sm text-muted">{t('map.noCityPlaced')}</p>
      )}
      {unplaced.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">{t('map.notOnMap')}</h4>
          <p className="text-xs text-muted">{t('map.notOnMapWhy')}</p>
          <ul className="mt-1 space-y-0.5 text-sm">{unplaced.map(item)}</ul>
        </>
      )}
    </section>
  );
}
