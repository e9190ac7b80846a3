/**
 * d3-zoom and d3-selection, loaded after the first paint: the timeline draws without them,
 * and gestures and zoom buttons work a moment later.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomControl {
  /** The view's size changed: gestures keep within the new extent. */
  resize: (width: number, height: number) => void;
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
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform));
  const resize = (w: number, h: number) => {
    behaviour
      .extent([
        [0, 0],
        [w, h],
      ])
      // Zoomed out, the picture may move within a margin as wide as the view.
      .translateExtent([
        [-w * 1.5, 0],
        [w * 2.5, h],
      ]);
  };
  resize(width, height);
  const selection = select(svg);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    resize,
    scaleBy: (factor) => behaviour.scaleBy(selection, factor),
    reset: () => behaviour.transform(selection, zoomIdentity),
    translateTo: (x) => behaviour.translateTo(selection, x, 0),
    detach: () => selection.on('.zoom', null),
  };
}
