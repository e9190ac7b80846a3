import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_PNG_WIDTH, pngScale, pngSize, svgToPng } from './svg-to-png';

/** The 8-byte signature and an IHDR chunk for a width and height. */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

afterEach(() => vi.unstubAllGlobals());

describe('pngScale', () => {
  it('is twice the size, and at least 1,200 pixels wide', () => {
    expect(pngScale(1000)).toBe(2);
    expect(pngScale(400) * 400).toBe(MIN_PNG_WIDTH);
  });
});

describe('pngSize', () => {
  it('reads the size from the IHDR chunk, and refuses what is not a PNG', () => {
    expect(pngSize(pngHeader(1296, 900))).toEqual({ width: 1296, height: 900 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('svgToPng', () => {
  it('draws the SVG on a white canvas at the PNG scale and encodes a PNG', async () => {
    const drawn: unknown[][] = [];
    const canvas = {
      width: 0,
      height: 0,
      getContext: () => ({
        fillStyle: '',
        fillRect: (...args: unknown[]) => drawn.push(['fillRect', ...args]),
        drawImage: (...args: unknown[]) => drawn.push(['drawImage', ...args]),
      }),
      toBlob(callback: (blob: Blob) => void, type: string) {
        callback(new Blob([pngHeader(this.width, this.height)], { type }));
      },
    };
    const doc = { createElement: () => canvas } as unknown as Document;
    vi.stubGlobal(
      'Image',
      class {
        onload: (() => void) | null = null;
        set src(_url: string) {
          queueMicrotask(() => this.onload?.());
        }
      },
    );
    const blob = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"/>', 400, 300, doc);
    expect(blob.type).toBe('image/png');
    expect(pngSize(new Uint8Array(await blob.arrayBuffer()))).toEqual({ width: 1200, height: 900 });
    expect(drawn[0]).toEqual(['fillRect', 0, 0, 1200, 900]);
    expect(drawn[1]?.slice(2)).toEqual([0, 0, 1200, 900]);
  });

  it('fails with a message when the SVG cannot be drawn', async () => {
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | null = null;
        set src(_url: string) {
          queueMicrotask(() => this.onerror?.());
        }
      },
    );
    await expect(svgToPng('<svg', 10, 10)).rejects.toThrow('could not be drawn');
  });
});
