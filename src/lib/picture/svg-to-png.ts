/**
 * An SVG picture drawn onto a canvas and saved as PNG, in the browser with no library: an
 * `<img>` renders the SVG file exactly as a viewer would (its text, its patterns, an embedded
 * bitmap), and the canvas scales it. At least twice the size, and at least 1,200 pixels wide.
 */

export const MIN_PNG_WIDTH = 1200;

/** The factor from CSS pixels to PNG pixels for a picture this wide. */
export function pngScale(width: number): number {
  return Math.max(2, MIN_PNG_WIDTH / width);
}

/** Loads an SVG file's text as an image (a blob URL: no size limit, unlike a data URL). */
function loadImage(svgText: string): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve({ image, release: () => URL.revokeObjectURL(url) });
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The picture could not be drawn'));
    };
    image.src = url;
  });
}

/** Draws the SVG on a white canvas at `pngScale` and encodes it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number, doc: Document = document): Promise<Blob> {
  const scale = pngScale(width);
  const { image, release } = await loadImage(svgText);
  try {
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The picture could not be drawn: no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    release();
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's width and height from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
