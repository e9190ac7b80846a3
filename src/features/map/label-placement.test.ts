import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels, type LabelRequest } from './label-placement';

const frame = { x0: 0, y0: 0, x1: 400, y1: 300 };
const label = (
  id: string,
  x: number,
  y: number,
  extra: Partial<LabelRequest> = {},
): LabelRequest => ({
  id,
  x,
  y,
  width: 60,
  height: 14,
  gap: 8,
  sides: ['right', 'left', 'above', 'below'],
  ...extra,
});

describe('placeLabels', () => {
  it('puts a lone label on its first side', () => {
    const [placed] = placeLabels([label('a', 100, 100)], [], frame);
    expect(placed).toMatchObject({ id: 'a', x: 108, y: 100, anchor: 'start' });
    expect(placed?.box).toEqual({ x0: 108, y0: 93, x1: 168, y1: 107 });
  });

  it('moves a label to its next side when the first would overlap an earlier one', () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 104, 104)], [], frame);
    expect(placed.map((p) => p.anchor)).toEqual(['start', 'end']);
  });

  it('drops a label that finds no room, unless it is forced', () => {
    const crowd = [
      label('a', 100, 100, { sides: ['center'] }),
      label('b', 100, 100, { sides: ['center'] }),
    ];
    expect(placeLabels(crowd, [], frame).map((p) => p.id)).toEqual(['a']);
    const forced = [crowd[0] as LabelRequest, { ...(crowd[1] as LabelRequest), force: true }];
    expect(placeLabels(forced, [], frame).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('keeps labels inside the frame, flipping them at the edge', () => {
    const [placed] = placeLabels([label('edge', 380, 100)], [], frame);
    expect(placed?.anchor).toBe('end');
    expect(placed?.box.x1).toBeLessThanOrEqual(400);
  });

  it('avoids obstacles other than its own', () => {
    const marker = { x0: 105, y0: 90, x1: 130, y1: 110, owner: 'x' };
    const [placed] = placeLabels([label('a', 100, 100)], [marker], frame);
    expect(placed?.anchor).toBe('end');
    const [own] = placeLabels([label('x', 100, 100)], [marker], frame);
    expect(own?.anchor).toBe('start');
  });
});

describe('estimateTextWidth', () => {
  it('grows with length and weight', () => {
    expect(estimateTextWidth('Dushanbe', 12)).toBeLessThan(estimateTextWidth('St. Petersburg', 12));
    expect(estimateTextWidth('Beijing', 12)).toBeLessThan(estimateTextWidth('Beijing', 12, true));
  });
});
