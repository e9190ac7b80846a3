/**
 * The interface languages: English, and the SCO's two working languages, Russian and
 * Chinese (Simplified). Pure: which language a visit starts in is decided here, from the
 * link, the reader's earlier choice and the browser's preferred languages.
 */
import { LANGUAGES, parseLanguage, type Language } from '../lib/language';
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language by its own name: a reader finds theirs whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', zh: '中文' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages that the interface speaks: `ru-KZ` is
 * Russian, `zh-CN`, `zh-Hans` and `zh-TW` are Chinese (a reader of Traditional characters
 * reads Simplified far better than a foreign language); null when none is.
 */
export function preferredLanguage(navigatorLanguages: readonly string[]): Language | null {
  for (const tag of navigatorLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/**
 * The language to show: the link's `lang` first, then the language the reader last chose in
 * the menu, then the browser's preferred languages, then English.
 */
export function chooseLanguage(
  param: string | null,
  remembered: string | null,
  navigatorLanguages: readonly string[],
): Language {
  return (
    (param === null ? null : parseLanguage(param)) ??
    (remembered === null ? null : parseLanguage(remembered)) ??
    preferredLanguage(navigatorLanguages) ??
    DEFAULT_LANGUAGE
  );
}
