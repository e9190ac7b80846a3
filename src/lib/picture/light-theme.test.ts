import { afterEach, describe, expect, it } from 'vitest';
import { lightThemeVariables, withLightTheme } from './light-theme';

const style = document.createElement('style');

afterEach(() => {
  style.remove();
  document.documentElement.removeAttribute('style');
});

function addSheet(css: string) {
  style.textContent = css;
  document.head.append(style);
}

const THEME = `
  @layer theme { :root, :host { --color-ink: #1c2430; --color-panel: #ffffff; } }
  @layer base {
    @media (prefers-color-scheme: dark) { :root { --color-ink: #e8ebf0; } }
    @media print { :root { --color-ink: #000000; } }
  }
  :root { --map-sea: #edf2f6; }
  @media (prefers-color-scheme: dark) { :root { --map-sea: #121820; } }
`;

describe('lightThemeVariables', () => {
  it('reads the :root custom properties outside dark and print media blocks, layers included', () => {
    addSheet(THEME);
    const variables = lightThemeVariables(document.styleSheets);
    expect(Object.fromEntries(variables)).toEqual({ '--color-ink': '#1c2430', '--color-panel': '#ffffff', '--map-sea': '#edf2f6' });
  });
});

describe('withLightTheme', () => {
  it('sets the light values on the root while reading, and restores the page after', () => {
    addSheet(THEME);
    document.documentElement.style.setProperty('--map-sea', 'red');
    const seen = withLightTheme(document, () => ({
      ink: document.documentElement.style.getPropertyValue('--color-ink'),
      sea: document.documentElement.style.getPropertyValue('--map-sea'),
      scheme: document.documentElement.style.getPropertyValue('color-scheme'),
    }));
    expect(seen).toEqual({ ink: '#1c2430', sea: '#edf2f6', scheme: 'light' });
    expect(document.documentElement.style.getPropertyValue('--color-ink')).toBe('');
    expect(document.documentElement.style.getPropertyValue('--map-sea')).toBe('red');
  });

  it('restores the page when reading fails', () => {
    addSheet(THEME);
    expect(() =>
      withLightTheme(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(document.documentElement.getAttribute('style') ?? '').toBe('');
  });
});
