/**
 * Interface languages (`lang`): English and the SCO's working languages, Russian and Chinese.
 * A word of the URL contract (view-state.ts), kept here at the bottom because dates and
 * numbers are formatted per language too. Not part of the view: the language changes no other parameter.
 */
export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A `lang` value from a link: `ru`, `RU`, ` ru ` are Russian; anything else is not a language. */
export function parseLanguage(raw: string): Language | null {
  const value = raw.trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : null;
}
