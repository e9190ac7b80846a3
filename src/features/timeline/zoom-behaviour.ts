/**
 * d3-zoom and d3-selection, loaded after the first paint: the timeline draws without them,
 * and gestures and zoom buttons work a moment later.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomControl {
  scaleBy: (factor: number) => void;
  reset: () => void;
  translateTo: (x: number) => void;
  detach: () => void;
}

export function attachZoom(
  svg: SVGSVGElement,
  width: number,
  height: number,
  extent: [number, number],
  onZoom: (transform: ZoomTransform) => void,
): ZoomControl {
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent(extent)
    .extent([
      [0, 0],
      [width, height],
    ])
    // Zoomed out, the picture may move within a margin as wide as the view.
    .translateExtent([
      [-width * 1.5, 0],
      [width * 2.5, height],
    ])
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform));
  const selection = select(svg);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    scaleBy: (factor) => behaviour.scaleBy(selection, factor),
    reset: () => behaviour.transform(selection, zoomIdentity),
    translateTo: (x) => behaviour.translateTo(selection, x, 0),
    detach: () => selection.on('.zoom', null),
  };
}
