/**
 * Pictures of the timeline and the map, as SVG or PNG (a lazy chunk, loaded on the first
 * picture). Each view marks its drawing for this: `data-picture="timeline"` on its root SVG,
 * `data-picture-legend` on its legend, `data-picture-layer` on a canvas drawn beneath the SVG.
 * The export finds them in the page, so the picture is what the reader sees now (filters,
 * selection, zoom, lanes, roles) and no view depends on this feature.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { datasetHash } from '../../data/dataset-hash';
import { canvasLayerUrl, packHex } from '../../lib/picture/canvas-layer';
import { composePicture, estimateWidth, serialisePicture, type LegendEntry, type Measure } from '../../lib/picture/compose-picture';
import { cloneWithStyles, PICTURE_FONT } from '../../lib/picture/inline-styles';
import { lightThemeVariables, withLightTheme } from '../../lib/picture/light-theme';
import { svgToPng } from '../../lib/picture/svg-to-png';
import { pictureDescription, pictureFooter, pictureTitle, type PictureKind } from './describe-picture';
import { ExportFailure, viewLink, type ExportContext } from './export-context';

export type PictureFormat = 'svg' | 'png';

/** Widths from a canvas's text metrics, in the picture's font. */
function canvasMeasure(doc: Document): Measure {
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, size, bold = false) => {
    context.font = `${bold ? 'bold ' : ''}${size}px ${PICTURE_FONT}`;
    return context.measureText(text).width;
  };
}

/** The legend's entries, as the page shows them: each item's drawing and its words (not what only a screen reader hears). */
function legendEntries(legend: Element | null, styleOf: (element: Element) => CSSStyleDeclaration): LegendEntry[] {
  if (!legend) return [];
  return [...legend.querySelectorAll('li')].map((item) => {
    const icon = item.querySelector('svg');
    const words = item.cloneNode(true) as Element;
    for (const hidden of words.querySelectorAll('.sr-only, svg')) hidden.remove();
    return {
      icon: icon ? cloneWithStyles(icon, styleOf) : null,
      label: words.textContent.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Dark colours a canvas was drawn with → their light ones (empty in the light theme). */
function colourSwaps(doc: Document): Map<number, number> {
  const swaps = new Map<number, number>();
  const probe = doc.createElement('canvas').getContext('2d');
  if (!probe) return swaps;
  const pack = (colour: string) => {
    probe.fillStyle = '#000000';
    probe.fillStyle = colour;
    return packHex(probe.fillStyle);
  };
  const page = getComputedStyle(doc.documentElement);
  for (const [name, light] of lightThemeVariables(doc.styleSheets)) {
    if (!name.startsWith('--color-')) continue;
    const from = pack(page.getPropertyValue(name));
    const to = pack(light);
    if (from !== null && to !== null && from !== to && !swaps.has(from)) swaps.set(from, to);
  }
  return swaps;
}

/** The picture of one view as an SVG document and its size. */
export async function buildPicture(kind: PictureKind, context: ExportContext, meetings: readonly MeetingRecord[], doc: Document = document) {
  const drawing = doc.querySelector<SVGSVGElement>(`svg[data-picture="${kind}"]`);
  // Said to the reader when the view is not drawn (yet): the map loads below the first screen.
  if (!drawing) throw new ExportFailure({ id: 'share.notDrawn', values: { kind } });
  const hash = await datasetHash(context.index.dataset.id);
  const viewWidth = Number(drawing.getAttribute('width')) || drawing.clientWidth;
  const viewHeight = Number(drawing.getAttribute('height')) || drawing.clientHeight;
  const layer = doc.querySelector<HTMLCanvasElement>(`canvas[data-picture-layer="${kind}"]`);
  const layerUrl = layer?.checkVisibility() ? canvasLayerUrl(layer, viewWidth, viewHeight, colourSwaps(doc)) : null;
  const styleOf = (element: Element) => getComputedStyle(element);
  const { view, legend } = withLightTheme(doc, () => ({
    view: cloneWithStyles(drawing, styleOf),
    legend: legendEntries(doc.querySelector(`[data-picture-legend="${kind}"]`), styleOf),
  }));
  if (layerUrl) {
    const image = doc.createElementNS('http://www.w3.org/2000/svg', 'image');
    for (const [name, value] of Object.entries({ href: layerUrl, x: '0', y: '0', width: String(viewWidth), height: String(viewHeight), preserveAspectRatio: 'none' })) {
      image.setAttribute(name, value);
    }
    view.prepend(image);
  }
  return composePicture(
    doc,
    {
      title: pictureTitle(kind, context, meetings),
      subtitle: `${context.index.dataset.title} · SCO Timeline Explorer`,
      description: pictureDescription(kind, context),
      view,
      viewWidth,
      viewHeight,
      legend,
      footer: pictureFooter(context, hash),
      link: viewLink(context),
    },
    canvasMeasure(doc),
  );
}

/** The picture as a file: SVG text, or a PNG drawn from it. */
export async function pictureFile(kind: PictureKind, format: PictureFormat, context: ExportContext, meetings: readonly MeetingRecord[]): Promise<Blob> {
  const { svg, width, height } = await buildPicture(kind, context, meetings);
  const text = serialisePicture(svg);
  if (format === 'svg') return new Blob([text], { type: 'image/svg+xml' });
  return svgToPng(text, width, height);
}
