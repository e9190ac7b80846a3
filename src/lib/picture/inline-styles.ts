/**
 * A copy of an SVG element drawn by the page that stands on its own: every style that came
 * from a class or a CSS variable is written on the element as a presentation attribute (a
 * file has neither the page's style sheets nor its variables), and what only the page needs
 * (ARIA, tab stops, data attributes, classes, hidden parts) is left out. Text stays text, in
 * a font stack that renders the same elsewhere.
 */

/** Fonts that every system has or substitutes metrically (Liberation Sans for Arial). */
export const PICTURE_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';
export const PICTURE_SERIF = 'Georgia, "Times New Roman", "Liberation Serif", serif';

/** Inherited properties: written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Not inherited: written where they are not the initial value. */
const OWN: Record<string, string> = { opacity: '1' };

/** Attributes the page needs and a file does not. */
const DROPPED = /^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/;

type Computed = Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * Copies `source` with its computed styles inlined. `styleOf` is `getComputedStyle` (injected
 * so that a caller can read them under the light theme, and tests can stub them).
 */
export function cloneWithStyles(source: SVGElement, styleOf: (element: Element) => Computed): SVGElement {
  const copy = source.cloneNode(false) as SVGElement;
  copyInto(source, copy, styleOf, null);
  return copy;
}

function copyInto(source: Element, copy: Element, styleOf: (element: Element) => Computed, parent: Computed | null) {
  const style = styleOf(source);
  for (const { name } of [...copy.attributes]) if (DROPPED.test(name)) copy.removeAttribute(name);
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name).trim();
    if (value && (!parent || parent.getPropertyValue(name).trim() !== value)) copy.setAttribute(name, value);
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(name).trim();
    if (value && value !== initial) copy.setAttribute(name, value);
  }
  if (copy.tagName.toLowerCase() === 'text' || !parent) copy.setAttribute('font-family', PICTURE_FONT);
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      copy.append(child.cloneNode());
    } else if (child instanceof Element && isShown(child, styleOf)) {
      const childCopy = child.cloneNode(false) as Element;
      copy.append(childCopy);
      copyInto(child, childCopy, styleOf, style);
    }
  }
}

/** Hidden elements (display none, a focus ring shown only on focus: opacity 0) are left out. */
function isShown(element: Element, styleOf: (element: Element) => Computed): boolean {
  const style = styleOf(element);
  return style.getPropertyValue('display').trim() !== 'none' && style.getPropertyValue('opacity').trim() !== '0';
}
