/**
 * A view drawn on a canvas (the timeline of a large dataset) goes into its picture as a bitmap
 * under the SVG's text and axes: what the page shows, at the page's pixel density, whatever
 * the number of meetings. Colours drawn in the dark theme are swapped for their light ones.
 */

/** `#rrggbb` (a canvas's normalised colour) → 0xrrggbb. */
export function packHex(hex: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  return match?.[1] ? parseInt(match[1], 16) : null;
}

/** Replaces every opaque pixel of one colour by another, in place. */
export function recolour(pixels: Uint8ClampedArray, swaps: ReadonlyMap<number, number>): void {
  if (swaps.size === 0) return;
  for (let i = 0; i < pixels.length; i += 4) {
    const packed = ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
    const to = swaps.get(packed);
    if (to === undefined) continue;
    pixels[i] = (to >> 16) & 255;
    pixels[i + 1] = (to >> 8) & 255;
    pixels[i + 2] = to & 255;
  }
}

/**
 * The top `cssHeight` CSS pixels of a canvas as a PNG data URL, recoloured; null when the
 * canvas cannot be read.
 */
export function canvasLayerUrl(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  swaps: ReadonlyMap<number, number>,
): string | null {
  const ratio = canvas.width / Math.max(1, cssWidth);
  const rows = Math.min(canvas.height, Math.ceil(cssHeight * ratio));
  const source = canvas.getContext('2d');
  if (!source || rows === 0) return null;
  const image = source.getImageData(0, 0, canvas.width, rows);
  recolour(image.data, swaps);
  const copy = canvas.ownerDocument.createElement('canvas');
  copy.width = canvas.width;
  copy.height = rows;
  copy.getContext('2d')?.putImageData(image, 0, 0);
  return copy.toDataURL('image/png');
}
