/**
 * A picture that stands on its own: a title, the active filters in words, the view as drawn,
 * its legend, and a footer with the source, the dataset's version and content hash and the
 * view's deep link. Laid out for print (dark text on white, whatever the page's theme), as an
 * SVG document whose text stays text. Pure but for the DOM it builds: text widths come from
 * `measure`, which the browser answers with a canvas and tests with an estimate.
 */
import { PICTURE_FONT, PICTURE_SERIF } from './inline-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 24;
const INK = '#1c2430';
const MUTED = '#4f5b6b';
const LINE = '#d9dde3';
const LINK = '#0b5cad';

/** One entry of a legend: a small drawing (already self-contained) and its words. */
export interface LegendEntry {
  icon: SVGElement | null;
  label: string;
}

export interface PictureParts {
  /** "Timeline of 3 meetings". */
  title: string;
  /** The dataset named in the picture: its title (a user's own chronology names itself). */
  subtitle: string;
  /** The filters and choices that made the view, in words, one per line. */
  description: readonly string[];
  /** The view as drawn, self-contained (see inline-styles.ts), and its size in pixels. */
  view: SVGElement;
  viewWidth: number;
  viewHeight: number;
  legend: readonly LegendEntry[];
  /** Source, version and hash lines. */
  footer: readonly string[];
  /** The view's deep link: printed, and a link in viewers that follow them. */
  link: string;
}

/** Width of a text in pixels at a size (in pixels) and weight. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** A rough width for tests and as a fallback: 0.55 em a character. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => text.length * fontSize * (bold ? 0.6 : 0.55);

/** Breaks a text into lines no wider than `width`; a word longer than a line (a URL) is cut. */
export function wrapText(text: string, width: number, fontSize: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    // A word wider than a line on its own is cut where it overflows.
    while (measure(line, fontSize) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), fontSize) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

function element(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function textLine(doc: Document, content: string, x: number, y: number, attributes: Record<string, string | number>) {
  const node = element(doc, 'text', { x, y, 'font-family': PICTURE_FONT, fill: INK, ...attributes });
  node.textContent = content;
  return node;
}

/** The whole picture as an SVG element, with its width and height. */
export function composePicture(doc: Document, parts: PictureParts, measure: Measure = estimateWidth) {
  const width = Math.max(parts.viewWidth, 560) + MARGIN * 2;
  const inner = width - MARGIN * 2;
  const body: SVGElement[] = [];
  let y = MARGIN;

  const block = (lines: string[], size: number, attributes: Record<string, string | number>, gap = 1.35) => {
    for (const line of lines) {
      y += size * gap;
      body.push(textLine(doc, line, MARGIN, y, { 'font-size': size, ...attributes }));
    }
  };
  block(wrapText(parts.title, inner, 22, measure), 22, { 'font-family': PICTURE_SERIF, 'font-weight': 700 }, 1.2);
  block(wrapText(parts.subtitle, inner, 14, measure), 14, { fill: MUTED });
  for (const line of parts.description) block(wrapText(line, inner, 13, measure), 13, {});
  y += 14;

  // The view, framed and clipped to its own box (marks beyond its edge are not shown on the page).
  const frame = element(doc, 'svg', {
    x: MARGIN,
    y,
    width: parts.viewWidth,
    height: parts.viewHeight,
    viewBox: `0 0 ${parts.viewWidth} ${parts.viewHeight}`,
    overflow: 'hidden',
  });
  for (const name of ['width', 'height', 'x', 'y', 'viewBox']) parts.view.removeAttribute(name);
  frame.append(...parts.view.childNodes);
  for (const { name, value } of parts.view.attributes) if (!frame.hasAttribute(name)) frame.setAttribute(name, value);
  body.push(element(doc, 'rect', { x: MARGIN - 0.5, y: y - 0.5, width: parts.viewWidth + 1, height: parts.viewHeight + 1, fill: 'none', stroke: LINE }));
  body.push(frame);
  y += parts.viewHeight + 10;

  // The legend: entries flow in rows, each an icon and its words.
  if (parts.legend.length) {
    y += 18;
    let x = MARGIN;
    const rowHeight = 22;
    for (const entry of parts.legend) {
      const iconWidth = entry.icon ? Number(entry.icon.getAttribute('width')) || 16 : 0;
      const iconHeight = entry.icon ? Number(entry.icon.getAttribute('height')) || 16 : 0;
      const entryWidth = iconWidth + (iconWidth ? 6 : 0) + measure(entry.label, 13) + 20;
      if (x > MARGIN && x + entryWidth > MARGIN + inner) {
        x = MARGIN;
        y += rowHeight;
      }
      if (entry.icon) {
        entry.icon.setAttribute('x', String(x));
        entry.icon.setAttribute('y', String(y - 4 - iconHeight / 2 - 1));
        body.push(entry.icon);
      }
      body.push(textLine(doc, entry.label, x + iconWidth + (iconWidth ? 6 : 0), y, { 'font-size': 13 }));
      x += entryWidth;
    }
    y += 8;
  }

  // The footer: where it comes from, and the way back to the view.
  y += 10;
  body.push(element(doc, 'line', { x1: MARGIN, x2: MARGIN + inner, y1: y, y2: y, stroke: LINE }));
  y += 4;
  for (const line of parts.footer) block(wrapText(line, inner, 12, measure), 12, { fill: MUTED });
  const link = element(doc, 'a', { href: parts.link });
  // SVG 1.1 viewers (and some editors) follow only the XLink form.
  link.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', parts.link);
  for (const line of wrapText(`View: ${parts.link}`, inner, 12, measure)) {
    y += 12 * 1.35;
    link.append(textLine(doc, line, MARGIN, y, { 'font-size': 12, fill: LINK }));
  }
  body.push(link);
  y += MARGIN;

  const height = Math.ceil(y);
  // No xmlns attribute: the serialiser writes the namespace of an element made in it.
  const svg = element(doc, 'svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': PICTURE_FONT,
  });
  const title = element(doc, 'title', {});
  title.textContent = parts.title;
  svg.append(title, element(doc, 'rect', { width, height, fill: '#ffffff' }), ...body);
  return { svg, width, height };
}

/** The picture as an SVG file's text, with an XML declaration. */
export function serialisePicture(svg: SVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
