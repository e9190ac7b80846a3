import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Lane } from '../lanes';
import { drawRows, packColour, rowBands, stripRows } from './draw-lanes';
import type { TimelineLayout } from '../timeline-layout';

interface CanvasLanesProps {
  lanes: Lane[];
  layout: TimelineLayout;
  /**
   * A day's midnight → pixels at the current zoom (timeline-scale's `dayToX`). A function,
   * not the d3 scale: importing the scale module here would make the bundler split it, and
   * d3-scale with it, out of the first view's chunk into chunks of their own.
   */
  dayToX: (day: number) => number;
  width: number;
  categoryColour: (categoryId: string) => string;
  /** Set to how many marks the last draw put on the canvas (those in view), for the paint mark. */
  drawnCountRef?: RefObject<number>;
  /** Kept out of sight, and not drawn, while the view has few meetings (its store stays). */
  hidden?: boolean;
}

/** The canvas's store grows in steps of this many CSS pixels (and never shrinks). */
const HEIGHT_STEP = 512;
/** The smallest store height, in steps of HEIGHT_STEP, that holds a timeline this tall. */
const steppedHeight = (height: number) => Math.max(HEIGHT_STEP, Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP);

/** The row strip grows in steps of this many rows. */
const STRIP_STEP = 64;

/** Bumps when the colour scheme changes, so the canvas repaints in the new theme. */
function useSchemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setVersion((n) => n + 1);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return version;
}

/**
 * Each meeting's colour as a packed pixel. A canvas cannot use CSS variables: resolve
 * `var(--x)` against the document, let the canvas normalise the colour to `#rrggbb`, and pack
 * it; once per category (and once for summits) per draw, so a theme change takes effect.
 */
function meetingPixels(
  context: CanvasRenderingContext2D,
  categoryColour: (categoryId: string) => string,
): (meeting: { summit?: boolean; categoryId: string }) => number {
  const style = getComputedStyle(document.documentElement);
  const pixel = (cssColour: string) => {
    const variable = /^var\((--[\w-]+)\)$/.exec(cssColour)?.[1];
    context.fillStyle = (variable ? style.getPropertyValue(variable).trim() : cssColour) || '#777777';
    return packColour(context.fillStyle);
  };
  const summit = pixel('var(--color-summit)');
  const byCategory = new Map<string, number>();
  return (meeting) => {
    if (meeting.summit) return summit;
    let packed = byCategory.get(meeting.categoryId);
    if (packed === undefined) byCategory.set(meeting.categoryId, (packed = pixel(categoryColour(meeting.categoryId))));
    return packed;
  };
}

/**
 * The strip of one pixel line per row that marks are drawn into (see draw-lanes.ts). On an
 * OffscreenCanvas, transferToImageBitmap gives one snapshot that every row's drawImage reads;
 * drawn from a canvas element instead, each drawImage takes its own copy of the source, so a
 * canvas element is only the fallback for browsers without
 * OffscreenCanvas (Safari before 16.4): slower, but the same picture.
 */
interface RowStrip {
  canvas: OffscreenCanvas | HTMLCanvasElement;
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  image: ImageData;
}

function newStripCanvas(): OffscreenCanvas | HTMLCanvasElement {
  return typeof OffscreenCanvas === 'function' && 'transferToImageBitmap' in OffscreenCanvas.prototype
    ? new OffscreenCanvas(1, 1)
    : document.createElement('canvas');
}

/** The strip for this size, reusing the last one's canvas, and its pixels while they fit. */
function rowStrip(last: RowStrip | null, width: number, rows: number): RowStrip {
  const canvas = last?.canvas ?? newStripCanvas();
  const context = last?.context ?? canvas.getContext('2d');
  // Grown in steps and never shrunk: a filter that removes rows reuses the same pixels.
  if (canvas.width !== width || canvas.height < rows) {
    canvas.width = width;
    canvas.height = Math.max(1, Math.ceil(rows / STRIP_STEP) * STRIP_STEP);
  }
  const image =
    last?.image.width === canvas.width && last.image.height === canvas.height
      ? last.image
      : new ImageData(canvas.width, canvas.height);
  return { canvas, context, image };
}

/** Uploads the strip's first `rows` lines and returns what the rows are copied from. */
function uploadStrip(strip: RowStrip, context: NonNullable<RowStrip['context']>, rows: number) {
  context.putImageData(strip.image, 0, 0, 0, 0, strip.image.width, rows);
  const source = strip.canvas;
  if (source instanceof HTMLCanvasElement) return { image: source, release: () => {} };
  const bitmap = source.transferToImageBitmap();
  return { image: bitmap, release: () => bitmap.close() };
}

/** Copies each row's line of the strip into its band of the canvas, the bands' full height. */
function copyBands(
  context: CanvasRenderingContext2D,
  source: CanvasImageSource,
  bands: Iterable<{ row: number; top: number; lines: number }>,
  pixelWidth: number,
) {
  context.imageSmoothingEnabled = false;
  for (const band of bands) {
    context.drawImage(source, 0, band.row, pixelWidth, 1, 0, band.top, pixelWidth, band.lines);
  }
}

/**
 * Dense datasets: every mark drawn on one canvas in compact rows (100,000 rectangles paint in
 * milliseconds where as many SVG nodes would freeze the page). The SVG above it keeps the
 * axis, the labels, focus and selection; clicks are hit-tested there.
 */
export function CanvasLanes({ lanes, layout, dayToX, width, categoryColour, drawnCountRef, hidden = false }: CanvasLanesProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scheme = useSchemeVersion();
  const height = layout.height;

  // The backing store grows in steps and never shrinks, so a filter that shortens the timeline,
  // and clearing it again, only clear and redraw: resizing a canvas reallocates its pixels,
  // and the first clear of new pixels costs more than the drawing at 100,000 meetings
  // (README, "Measurements behind the design").
  const [storeHeight, setStoreHeight] = useState(() => steppedHeight(height));
  if (!hidden && steppedHeight(height) > storeHeight) setStoreHeight(steppedHeight(height));
  const strip = useRef<RowStrip | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = hidden ? null : canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(storeHeight * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    const rows = stripRows(lanes);
    const { image, context: stripContext } = (strip.current = rowStrip(strip.current, pixelWidth, rows));
    if (!stripContext) return;
    const drawn = drawRows(
      { pixels: new Uint32Array(image.data.buffer), width: pixelWidth, height: rows },
      { lanes, dayToX, ratio, colourOf: meetingPixels(context, categoryColour) },
    );
    const source = uploadStrip(strip.current, stripContext, rows);
    // Only the lines in view: the wrapper hides the rest of the store, and whatever it holds
    // is redrawn before a taller timeline shows it.
    const lines = Math.min(pixelHeight, Math.ceil(height * ratio));
    context.clearRect(0, 0, pixelWidth, lines);
    copyBands(context, source.image, rowBands(lanes, layout, ratio, lines), pixelWidth);
    source.release();
    if (drawnCountRef) drawnCountRef.current = drawn;
  }, [lanes, layout, dayToX, width, height, storeHeight, categoryColour, scheme, drawnCountRef, hidden]);

  return (
    <div style={{ width, height, display: hidden ? 'none' : undefined }} className="pointer-events-none absolute top-0 left-0 overflow-hidden">
      <canvas ref={canvasRef} data-picture-layer="timeline" aria-hidden="true" style={{ width, height: storeHeight }} className="block" />
    </div>
  );
}
