import { useEffect, useRef, useState } from 'react';
import type { Lane } from './lanes';
import { drawLanes } from './draw-lanes';
import { dayToX, type TimeScale } from './timeline-scale';
import type { TimelineLayout } from './timeline-layout';

interface CanvasLanesProps {
  lanes: Lane[];
  layout: TimelineLayout;
  scale: TimeScale;
  width: number;
  categoryColour: (categoryId: string) => string;
}

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

/** A canvas cannot use CSS variables: resolve `var(--x)` against the document, once per colour. */
function colourResolver(): (cssColour: string) => string {
  const style = getComputedStyle(document.documentElement);
  const cache = new Map<string, string>();
  return (cssColour) => {
    let resolved = cache.get(cssColour);
    if (resolved === undefined) {
      const variable = /^var\((--[\w-]+)\)$/.exec(cssColour)?.[1];
      resolved = variable ? style.getPropertyValue(variable).trim() || '#777' : cssColour;
      cache.set(cssColour, resolved);
    }
    return resolved;
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

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const colour = colourResolver();
    const summitColour = colour('var(--color-summit)');
    drawLanes(context, {
      lanes,
      layout,
      dayToX: dayToX(scale),
      width,
      colourOf: (meeting) => (meeting.summit ? summitColour : colour(categoryColour(meeting.categoryId))),
    });
  }, [lanes, layout, scale, width, height, categoryColour, scheme]);

  return (
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      style={{ width, height }}
      className="pointer-events-none absolute top-0 left-0"
    />
  );
}
