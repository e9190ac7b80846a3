/**
 * City marker sizes. Area, not radius, tracks the number of meetings (a square-root scale),
 * and the domain is the busiest city over *all* meetings: filtering then shrinks markers
 * instead of re-inflating whatever remains to full size, so sizes stay comparable.
 */
import { scaleSqrt } from 'd3-scale';

/** A city with no meetings under the filters is still drawn: small and hollow. */
export const EMPTY_RADIUS = 4;
/** The smallest filled marker, so that one meeting still reads as a dot. */
export const MIN_RADIUS = 4.5;
/** Invisible hit area around every marker: 24 px across, a comfortable tap target. */
export const HIT_RADIUS = 12;

/** The largest marker for a map this wide: smaller on phones, where cities sit closer. */
export function maxRadius(width: number): number {
  return Math.max(9, Math.min(18, width / 48));
}

/** A function from a city's meeting count to its marker radius in pixels. */
export function markerScale(busiest: number, largest: number): (count: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, busiest)])
    .range([0, largest])
    .clamp(true);
  return (count) => (count <= 0 ? EMPTY_RADIUS : Math.max(MIN_RADIUS, scale(count)));
}
