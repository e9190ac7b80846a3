import { describe, expect, it } from 'vitest';
import { composePicture, estimateWidth, serialisePicture, wrapText } from './compose-picture';
import { cloneWithStyles } from './inline-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small view as a page draws it: classes, a CSS variable, ARIA and a hidden part. */
function pageDrawing(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg width="300" height="120" role="group" aria-label="Timeline" data-picture="timeline" class="block">
    <g class="text-muted" aria-hidden="true"><text x="4" y="20" fill="var(--color-ink)">Defence &amp; “security”</text></g>
    <rect x="10" y="40" width="50" height="10" tabindex="0" data-meeting-id="m1" fill="var(--color-cat-security)"/>
    <g class="hidden"><text>focus ring</text></g>
  </svg>`;
  return holder.querySelector('svg')!;
}

/** Computed styles as a light page would give them. */
const styleOf = (element: Element) => ({
  getPropertyValue: (name: string) => {
    if (name === 'display') return element.getAttribute('class') === 'hidden' ? 'none' : 'inline';
    if (name === 'fill') return element.tagName === 'rect' ? 'rgb(154, 59, 46)' : element.tagName === 'text' ? 'rgb(28, 36, 48)' : 'rgb(0, 0, 0)';
    if (name === 'font-size') return '12px';
    return '';
  },
});

describe('cloneWithStyles', () => {
  it('writes computed styles as attributes and leaves out what only the page needs', () => {
    const copy = cloneWithStyles(pageDrawing(), styleOf);
    const rect = copy.querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('rgb(154, 59, 46)');
    expect(rect.hasAttribute('tabindex')).toBe(false);
    expect(rect.hasAttribute('data-meeting-id')).toBe(false);
    expect(copy.hasAttribute('role')).toBe(false);
    expect(copy.hasAttribute('class')).toBe(false);
    expect(copy.querySelector('text')!.getAttribute('fill')).toBe('rgb(28, 36, 48)');
    expect(copy.querySelector('text')!.getAttribute('font-family')).toContain('Arial');
    expect(copy.textContent).not.toContain('focus ring');
    expect(copy.outerHTML).not.toContain('var(--');
  });
});

describe('composePicture', () => {
  const parts = () => ({
    title: 'Timeline of 3 meetings',
    subtitle: 'SCO Beijing summit, 6–7 June 2012 · SCO Timeline Explorer',
    description: ['Filters: City: Dushanbe', 'Lanes: by ministry or format'],
    view: cloneWithStyles(pageDrawing(), styleOf),
    viewWidth: 300,
    viewHeight: 120,
    legend: [{ icon: document.createElementNS(SVG_NS, 'svg') as SVGElement, label: 'Security' }, { icon: null, label: 'Summit (★)' }],
    footer: ['Source: Press Release (SCO, June 6-7, 2012, Beijing)', 'Data: dataset 1.0.0, content hash ba7816bf8f01'],
    link: 'https://example.org/sco/?city=dushanbe&q=a<b>&c',
  });

  it('is an SVG file that parses, with its text as text and the link as a link', () => {
    const { svg, width, height } = composePicture(document, parts());
    const file = serialisePicture(svg);
    const parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Timeline of 3 meetings',
        'Filters: City: Dushanbe',
        'Defence & “security”',
        'Security',
        'Summit (★)',
        'Source: Press Release (SCO, June 6-7, 2012, Beijing)',
      ]),
    );
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.org/sco/?city=dushanbe&q=a<b>&c');
    expect(root.querySelector('title')?.textContent).toBe('Timeline of 3 meetings');
    // Laid out for print: a white page, wider than the view by its margins.
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(width).toBeGreaterThanOrEqual(300 + 48);
  });

  it('puts the view in a clipped frame of its own size', () => {
    const { svg } = composePicture(document, parts());
    const frame = [...svg.querySelectorAll('svg')].find((s) => s.getAttribute('viewBox') === '0 0 300 120');
    expect(frame?.getAttribute('overflow')).toBe('hidden');
    expect(frame?.querySelector('rect[fill="rgb(154, 59, 46)"]')).not.toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces and cuts a word longer than the line', () => {
    const lines = wrapText(`View: https://example.org/${'x'.repeat(200)}`, 300, 12, estimateWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 12)).toBeLessThanOrEqual(300);
    expect(lines.join('')).toBe(`View:https://example.org/${'x'.repeat(200)}`);
  });
});
