import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** How far the reader may zoom out (to see periods beyond the data) and in (to single days). */
export const ZOOM_EXTENT: [number, number] = [0.25, 80];

export interface TimelineZoom {
  transform: ZoomTransform;
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Pans so that pixel `x` of the unzoomed scale sits in the middle of the view. */
  centreOn: (x: number) => void;
}

/**
 * Attaches d3-zoom (wheel, drag, pinch) to an SVG; React renders with the transform it
 * reports. Only the horizontal axis zooms: callers use `transform.rescaleX`.
 */
export function useTimelineZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
  /** When this changes (new date range, grouping), the zoom starts from the whole picture. */
  resetKey: string,
): TimelineZoom {
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent(ZOOM_EXTENT)
      .extent([
        [0, 0],
        [width, height],
      ])
      // Zoomed out, the picture may move within a margin as wide as the view.
      .translateExtent([
        [-width * 1.5, 0],
        [width * 2.5, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviourRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
    };
  }, [svgRef, width, height]);

  const run = useCallback(
    (command: (svg: SVGSVGElement, behaviour: ZoomBehavior<SVGSVGElement, unknown>) => void) => {
      if (svgRef.current && behaviourRef.current) command(svgRef.current, behaviourRef.current);
    },
    [svgRef],
  );

  useEffect(() => {
    run((svg, behaviour) => behaviour.transform(select(svg), zoomIdentity));
  }, [resetKey, run]);

  return {
    transform,
    zoomBy: useCallback((factor) => run((svg, b) => b.scaleBy(select(svg), factor)), [run]),
    reset: useCallback(() => run((svg, b) => b.transform(select(svg), zoomIdentity)), [run]),
    centreOn: useCallback((x) => run((svg, b) => b.translateTo(select(svg), x, 0)), [run]),
  };
}
