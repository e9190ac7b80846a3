/**
 * Which labels the map shows at the current zoom, and where: city names first (they name
 * the interactive markers), then state names where the state is wide enough for them, its
 * ISO code where only that fits, none where not even that does. The selection always shows.
 */
import {
  estimateTextWidth,
  placeLabels,
  type Obstacle,
  type PlacedLabel,
  type TextMeasure,
} from './label-placement';

export const CITY_FONT = 12;
export const STATE_FONT = 10.5;
/** State names are set in capitals with this letter spacing (em). */
export const STATE_TRACKING = 0.06;

export interface CityMark {
  id: string;
  name: string;
  /** Centre in screen pixels (zoom applied). */
  x: number;
  y: number;
  radius: number;
  count: number;
  /** The selected meeting's city: bold, and never hidden. */
  emphasis: boolean;
}

export interface StateMark {
  id: string;
  name: string;
  /** A short form (ISO alpha-3) for states too small for their name. */
  code: string;
  x: number;
  y: number;
  /** Width and height of the state's main part on screen. */
  room: [number, number];
  /** Other points inside the state, on screen, nearest first, where the label may go instead. */
  spots?: readonly [number, number][];
  selected: boolean;
  /** A second line under the name ("new observer"): the summit's decisions. */
  badge: string | null;
}

export interface StateLabel extends PlacedLabel {
  text: string;
  badge: string | null;
}

export interface MapLabels {
  cities: Map<string, PlacedLabel>;
  states: Map<string, StateLabel>;
}

/** Width of a state label as drawn: bold capitals with letter spacing. */
function stateTextWidth(text: string, measure: TextMeasure): number {
  return measure(text.toUpperCase(), STATE_FONT, true) + text.length * STATE_TRACKING * STATE_FONT;
}

function stateText(state: StateMark, measure: TextMeasure): string | null {
  const fits = (text: string) => stateTextWidth(text, measure) <= state.room[0] * 0.9;
  if (state.room[1] < STATE_FONT && !state.selected) return null;
  if (fits(state.name)) return state.name;
  if (fits(state.code)) return state.code;
  return state.selected ? state.name : null;
}

/**
 * Where a state label may go: its centre first, then other points inside the state (never
 * its bounding box alone, which for China would include Mongolia), nearest first.
 */
function stateNudges(state: StateMark): [number, number][] {
  const spots = (state.spots ?? []).map(([x, y]): [number, number] => [x - state.x, y - state.y]);
  return [[0, 0], ...spots];
}

export function layoutMapLabels(
  cities: readonly CityMark[],
  states: readonly StateMark[],
  width: number,
  height: number,
  measure: TextMeasure = estimateTextWidth,
): MapLabels {
  const frame = { x0: 2, y0: 2, x1: width - 2, y1: height - 2 };
  const obstacles: Obstacle[] = cities.map((c) => ({
    owner: `city:${c.id}`,
    x0: c.x - c.radius,
    y0: c.y - c.radius,
    x1: c.x + c.radius,
    y1: c.y + c.radius,
  }));
  const cityOrder = [...cities].sort(
    (a, b) =>
      Number(b.emphasis) - Number(a.emphasis) || b.count - a.count || a.name.localeCompare(b.name),
  );
  const cityRequests = cityOrder.map((c) => ({
    id: `city:${c.id}`,
    x: c.x,
    y: c.y,
    width: measure(c.name, CITY_FONT, c.emphasis),
    height: CITY_FONT + 2,
    gap: c.radius + 4,
    sides: ['right', 'left', 'above', 'below'] as const,
    force: c.emphasis,
  }));
  const texts = new Map<string, string>();
  const stateOrder = [...states].sort(
    (a, b) =>
      Number(b.selected) - Number(a.selected) ||
      Number(b.badge !== null) - Number(a.badge !== null) ||
      b.room[0] * b.room[1] - a.room[0] * a.room[1],
  );
  const stateRequests = stateOrder.flatMap((s) => {
    const text = stateText(s, measure);
    if (!text) return [];
    texts.set(s.id, text);
    const badgeWidth = s.badge ? measure(s.badge, STATE_FONT - 1, true) : 0;
    const labelWidth = Math.max(stateTextWidth(text, measure), badgeWidth);
    const labelHeight = s.badge ? STATE_FONT * 2 + 3 : STATE_FONT + 2;
    return [
      {
        id: `state:${s.id}`,
        x: s.x,
        y: s.y,
        width: labelWidth,
        height: labelHeight,
        gap: 0,
        sides: ['center'] as const,
        nudges: stateNudges(s),
        force: s.selected,
      },
    ];
  });
  const placed = placeLabels([...cityRequests, ...stateRequests], obstacles, frame);
  const labels: MapLabels = { cities: new Map(), states: new Map() };
  const badges = new Map(states.map((s) => [s.id, s.badge]));
  for (const label of placed) {
    const [kind, id = ''] = label.id.split(':');
    if (kind === 'city') labels.cities.set(id, { ...label, id });
    else {
      const text = texts.get(id) ?? '';
      labels.states.set(id, { ...label, id, text, badge: badges.get(id) ?? null });
    }
  }
  return labels;
}
