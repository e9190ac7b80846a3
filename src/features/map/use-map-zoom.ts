/**
 * d3-zoom on the map's SVG, in one effect (as the timeline does): d3 handles gestures and
 * reports a transform; React applies it. Wheel zoom needs Ctrl or ⌘ and one-finger panning
 * needs the map zoomed in, so that scrolling the page past the map never gets caught by it.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import {
  zoom as d3Zoom,
  zoomIdentity,
  zoomTransform,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';

const MAX_ZOOM = 8;
const STEP = 1.6;

export interface MapZoom {
  svgRef: RefObject<SVGSVGElement | null>;
  transform: ZoomTransform;
  maxZoom: number;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Pans so that a point (unzoomed pixels) is in view, e.g. when the keyboard focuses it. */
  reveal: (x: number, y: number) => void;
}

export function useMapZoom(width: number, height: number): MapZoom {
  const svgRef = useRef<SVGSVGElement>(null);
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const scaleRef = useRef(1);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'touchstart')
          return (event as TouchEvent).touches.length > 1 || scaleRef.current > 1;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        scaleRef.current = event.transform.k;
        setTransform(event.transform);
      });
    behaviourRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    // d3 sets touch-action: none; the component sets it by zoom level instead (see above).
    selection.style('touch-action', null);
    // A new size starts from the whole map: the old transform's pixels no longer match.
    behaviour.transform(selection, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }, [width, height]);

  const run = useCallback(
    (command: (behaviour: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      if (svgRef.current && behaviourRef.current) command(behaviourRef.current, svgRef.current);
    },
    [],
  );
  const zoomIn = useCallback(() => run((b, svg) => b.scaleBy(select(svg), STEP)), [run]);
  const zoomOut = useCallback(() => run((b, svg) => b.scaleBy(select(svg), 1 / STEP)), [run]);
  const reset = useCallback(() => run((b, svg) => b.transform(select(svg), zoomIdentity)), [run]);
  const reveal = useCallback(
    (x: number, y: number) =>
      run((b, svg) => {
        const [px, py] = zoomTransform(svg).apply([x, y]);
        const margin = 24;
        if (px >= margin && px <= width - margin && py >= margin && py <= height - margin) return;
        b.translateTo(select(svg), x, y);
      }),
    [run, width, height],
  );
  return { svgRef, transform, maxZoom: MAX_ZOOM, zoomIn, zoomOut, reset, reveal };
}
