import { describe, expect, it } from 'vitest';
import { packHex, recolour } from './canvas-layer';

describe('recolour', () => {
  it('swaps dark colours for light ones, pixel by pixel, and leaves others', () => {
    const pixels = new Uint8ClampedArray([0x8f, 0xb8, 0xe6, 255, 1, 2, 3, 255]);
    recolour(pixels, new Map([[packHex('#8fb8e6')!, packHex('#2f5d8c')!]]));
    expect([...pixels]).toEqual([0x2f, 0x5d, 0x8c, 255, 1, 2, 3, 255]);
  });

  it('reads only normalised #rrggbb colours', () => {
    expect(packHex('#2F5D8C')).toBe(0x2f5d8c);
    expect(packHex('rgba(0, 0, 0, 0)')).toBeNull();
  });
});
