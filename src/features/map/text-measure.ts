/**
 * Text widths measured by the browser in the page's own font, so that label placement is
 * right whatever font the reader's system substitutes (estimates run wide or narrow).
 */
import { estimateTextWidth, type TextMeasure } from './label-placement';

export function createTextMeasure(element: Element | null): TextMeasure {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context || !element) return estimateTextWidth;
  const family = getComputedStyle(element).fontFamily;
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const key = `${bold ? 'b' : 'n'}${fontSize}:${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 700 : 500} ${fontSize}px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
