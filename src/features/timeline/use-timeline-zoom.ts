import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import { retryableImport } from '../../lib/retryable-import';
import type { ZoomControl } from './zoom-behaviour';

const zoomChunk = retryableImport(() => import('./zoom-behaviour'));

/** How far the reader may zoom out (to see periods beyond the data) and in (to single days). */
export const ZOOM_EXTENT: [number, number] = [0.25, 80];

/** The parts of d3's ZoomTransform the timeline uses; identity until the first gesture. */
export type ZoomState = Pick<ZoomTransform, 'k' | 'x' | 'rescaleX'>;

const IDENTITY: ZoomState = { k: 1, x: 0, rescaleX: (scale) => scale };

export interface TimelineZoom {
  transform: ZoomState;
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
  const controlRef = useRef<ZoomControl | null>(null);
  const [transform, setTransform] = useState<ZoomState>(IDENTITY);
  const size = useRef({ width, height });

  // Attached once: a filter that changes the timeline's height only resizes the extent.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let detached = false;
    // Offline, the chunk may not load: the buttons do nothing until the connection returns.
    const attach = () => {
      zoomChunk.load().then(
        ({ attachZoom }) => {
          if (detached) return;
          controlRef.current = attachZoom(svg, size.current.width, size.current.height, ZOOM_EXTENT, setTransform);
        },
        () => window.addEventListener('online', attach, { once: true }),
      );
    };
    attach();
    return () => {
      detached = true;
      window.removeEventListener('online', attach);
      controlRef.current?.detach();
      controlRef.current = null;
    };
  }, [svgRef]);

  useEffect(() => {
    size.current = { width, height };
    controlRef.current?.resize(width, height);
  }, [width, height]);

  useEffect(() => {
    controlRef.current?.reset();
  }, [resetKey]);

  return {
    transform,
    zoomBy: useCallback((factor: number) => controlRef.current?.scaleBy(factor), []),
    reset: useCallback(() => controlRef.current?.reset(), []),
    centreOn: useCallback((x: number) => controlRef.current?.translateTo(x), []),
  };
}
