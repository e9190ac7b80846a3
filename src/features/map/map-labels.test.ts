import { describe, expect, it } from 'vitest';
import type { TextMeasure } from './label-placement';
import { layoutMapLabels, type CityMark, type StateMark } from './map-labels';

/** Every character 6 px wide: simple arithmetic for the tests. */
const measure: TextMeasure = (text) => text.length * 6;

const city = (id: string, x: number, y: number, extra: Partial<CityMark> = {}): CityMark => ({
  id,
  name: id,
  x,
  y,
  radius: 5,
  count: 1,
  emphasis: false,
  ...extra,
});
const state = (id: string, room: [number, number], extra: Partial<StateMark> = {}): StateMark => ({
  id,
  name: id,
  code: id.slice(0, 3).toUpperCase(),
  x: 200,
  y: 150,
  room,
  selected: false,
  badge: null,
  ...extra,
});

describe('layoutMapLabels', () => {
  it('labels a city to the right of its marker', () => {
    const { cities } = layoutMapLabels([city('dushanbe', 100, 100)], [], 400, 300, measure);
    expect(cities.get('dushanbe')).toMatchObject({ anchor: 'start', x: 109 });
  });

  it('gives the busier city the better spot when two compete', () => {
    const { cities } = layoutMapLabels(
      [city('moscow', 100, 100), city('beijing', 104, 102, { count: 8 })],
      [],
      400,
      300,
      measure,
    );
    expect(cities.get('beijing')?.anchor).toBe('start');
    expect(cities.get('moscow')?.anchor).not.toBe('start');
  });

  it('names a state that has room, abbreviates one that has less, and leaves out a tiny one', () => {
    const { states } = layoutMapLabels(
      [],
      [
        state('kazakhstan', [200, 80], { x: 100 }),
        state('tajikistan', [40, 20], { x: 250 }),
        state('kyrgyzstan', [10, 6], { x: 320 }),
      ],
      400,
      300,
      measure,
    );
    expect(states.get('kazakhstan')?.text).toBe('kazakhstan');
    expect(states.get('tajikistan')?.text).toBe('TAJ');
    expect(states.has('kyrgyzstan')).toBe(false);
  });

  it('always names the selected state', () => {
    const { states } = layoutMapLabels(
      [],
      [state('kyrgyzstan', [10, 6], { selected: true })],
      400,
      300,
      measure,
    );
    expect(states.get('kyrgyzstan')?.text).toBe('kyrgyzstan');
  });

  it('moves a large state’s name off a city label that covers its centre', () => {
    const { cities, states } = layoutMapLabels(
      [city('moscow', 170, 150, { count: 3 })],
      [
        state('russia', [300, 150], {
          spots: [
            [200, 120],
            [260, 150],
            [200, 180],
          ],
        }),
      ],
      400,
      300,
      measure,
    );
    const cityBox = cities.get('moscow')?.box;
    const stateBox = states.get('russia')?.box;
    expect(cityBox && stateBox).toBeTruthy();
    if (!cityBox || !stateBox) return;
    const apart =
      stateBox.x1 <= cityBox.x0 ||
      cityBox.x1 <= stateBox.x0 ||
      stateBox.y1 <= cityBox.y0 ||
      cityBox.y1 <= stateBox.y0;
    expect(apart).toBe(true);
    expect(states.get('russia')?.y).toBe(120);
  });

  it('keeps a state’s name at its centre or its own spots, never elsewhere in its bounding box', () => {
    const { states } = layoutMapLabels(
      [city('beijing', 200, 150, { count: 8 })],
      [state('china', [300, 150], { spots: [] })],
      400,
      300,
      measure,
    );
    expect(states.has('china')).toBe(false);
  });

  it('makes room for the “new” line under a changed state', () => {
    const plain = layoutMapLabels([], [state('turkey', [120, 60])], 400, 300, measure);
    const marked = layoutMapLabels(
      [],
      [state('turkey', [120, 60], { badge: 'new' })],
      400,
      300,
      measure,
    );
    const height = (box?: { y0: number; y1: number }) => (box ? box.y1 - box.y0 : 0);
    expect(height(marked.states.get('turkey')?.box)).toBeGreaterThan(
      height(plain.states.get('turkey')?.box),
    );
    expect(marked.states.get('turkey')?.badge).toBe('new');
  });
});
