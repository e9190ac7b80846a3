/**
 * The language the reader last chose in the menu, kept in this browser so that a link without
 * `lang` opens in it. Storage may be unavailable (private windows, blocked cookies): then
 * nothing is remembered and nothing fails.
 */
const KEY = 'sco-explorer:lang';

export function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: string): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Not remembered: the link's `lang` still holds it for this page.
  }
}
