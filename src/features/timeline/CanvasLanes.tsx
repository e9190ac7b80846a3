import { useEffect, useRef, useState } from 'react';
import type { Lane } from './lanes';
import { drawLanes, packColour } from './draw-lanes';
import { dayToX, type TimeScale } from './timeline-scale';
import type { TimelineLayout } from './timeline-layout';

interface CanvasLanesProps {
  lanes: Lane[];
  layout: TimelineLayout;
  scale: TimeScale;
  width: number;
  categoryColour: (categoryId: string) => string;
}

/** The canvas's height grows and shrinks in steps of this many CSS pixels. */
const HEIGHT_STEP = 512;

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
 * A canvas cannot use CSS variables: resolve `var(--x)` against the document, let the canvas
 * normalise the colour to `#rrggbb`, and pack it as a pixel; once per colour.
 */
function pixelColours(context: CanvasRenderingContext2D): (cssColour: string) => number {
  const style = getComputedStyle(document.documentElement);
  const cache = new Map<string, number>();
  return (cssColour) => {
    let packed = cache.get(cssColour);
    if (packed === undefined) {
      const variable = /^var\((--[\w-]+)\)$/.exec(cssColour)?.[1];
      context.fillStyle = (variable ? style.getPropertyValue(variable).trim() : cssColour) || '#777777';
      packed = packColour(context.fillStyle);
      cache.set(cssColour, packed);
    }
    return packed;
  };
}

/**
 * Dense datasets: every mark drawn on one canvas in compact rows (100,000 rectangles paint in
 * milliseconds where as many SVG nodes would freeze the page). The SVG above it keeps the
 * axis, the labels, focus and selection; clicks are hit-tested there.
 */
export function CanvasLanes({ lanes, layout, scale, width, categoryColour }: CanvasLanesProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scheme = useSchemeVersion();
  const height = layout.height;

  // The backing store is sized in steps, so a filter that shortens the timeline only clears
  // and redraws: resizing a canvas reallocates its pixels, which costs more than drawing.
  const storeHeight = Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP;
  const image = useRef<ImageData | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(storeHeight * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    if (image.current?.width !== pixelWidth || image.current.height !== pixelHeight) {
      image.current = context.createImageData(pixelWidth, pixelHeight);
    }
    const colour = pixelColours(context);
    const summitColour = colour('var(--color-summit)');
    // Only the lines in view: the wrapper hides the rest of the store, and whatever it holds
    // is redrawn before a taller timeline shows it.
    const lines = Math.min(pixelHeight, Math.ceil(height * ratio));
    drawLanes(
      { pixels: new Uint32Array(image.current.data.buffer), width: pixelWidth, height: lines },
      {
        lanes,
        layout,
        dayToX: dayToX(scale),
        ratio,
        colourOf: (meeting) => (meeting.summit ? summitColour : colour(categoryColour(meeting.categoryId))),
      },
    );
    context.putImageData(image.current, 0, 0, 0, 0, pixelWidth, lines);
  }, [lanes, layout, scale, width, height, storeHeight, categoryColour, scheme]);

  return (
    <div style={{ width, height }} className="pointer-events-none absolute top-0 left-0 overflow-hidden">
      <canvas ref={canvasRef} aria-hidden="true" style={{ width, height: storeHeight }} className="block" />
    </div>
  );
}
