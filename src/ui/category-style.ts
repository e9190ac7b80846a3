/**
 * How a meeting category looks: a colour and a shape, so that colour is never the only
 * signal. Known categories have fixed styles; others (synthetic data) cycle through them.
 */
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

export interface CategoryStyle {
  /** A CSS colour (a theme variable, so dark mode follows). */
  color: string;
  symbol: SymbolType;
  shapeName: string;
}

const FIRST_STYLE: CategoryStyle = { color: 'var(--color-cat-governance)', symbol: symbolCircle, shapeName: 'circle' };
const STYLES: CategoryStyle[] = [
  { color: 'var(--color-cat-governance)', symbol: symbolCircle, shapeName: 'circle' },
  { color: 'var(--color-cat-security)', symbol: symbolSquare, shapeName: 'square' },
  { color: 'var(--color-cat-economy)', symbol: symbolDiamond, shapeName: 'diamond' },
  { color: 'var(--color-cat-justice)', symbol: symbolTriangle, shapeName: 'triangle' },
  { color: 'var(--color-cat-humanitarian)', symbol: symbolWye, shapeName: 'star' },
];

const KNOWN: Record<string, number> = {
  governance: 0,
  security: 1,
  economy: 2,
  justice: 3,
  humanitarian: 4,
};

export function categoryStyle(categoryId: string, position = 0): CategoryStyle {
  return STYLES[(KNOWN[categoryId] ?? position) % STYLES.length] ?? FIRST_STYLE;
}
