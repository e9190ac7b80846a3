import { useEffect, useRef, useState } from 'react';
import type { Lane } from './lanes';
import { markGeometry, type TimeScale } from './timeline-scale';
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
    const barHeight = layout.rowHeight - 3;
    const colour = colourResolver();
    const summitColour = colour('var(--color-summit)');
    lanes.forEach((lane, laneIndex) => {
      for (const { meeting, row } of lane.placed) {
        const { x0, x1 } = markGeometry(scale, meeting.startDay, meeting.endDay);
        if (x1 < 0 || x0 > width) continue;
        context.fillStyle = meeting.summit ? summitColour : colour(categoryColour(meeting.categoryId));
        context.fillRect(x0, layout.rowTop(laneIndex, lane.firstRow, row) + 1, Math.max(2, x1 - x0 - 0.5), barHeight);
      }
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
