import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE } from './languages';
import type { Language } from '../lib/language';
import { loadedTranslate, type Translate } from './translate';

/** The translator of the current language, provided by the app's LanguageProvider. */
export const TranslateContext = createContext<Translate | null>(null);

/** The current language and how to change it, for the language menu. */
export interface LanguageChoice {
  lang: Language;
  choose: (lang: Language) => void;
  /** The language whose catalog is on its way, or that could not be loaded. */
  pending: Language | null;
  failed: Language | null;
}
export const LanguageChoiceContext = createContext<LanguageChoice | null>(null);

/**
 * `t(id, values)` in the current language. A component re-renders when the language changes,
 * memoised or not. Outside the provider (a component's unit test) it is English, which the
 * test setup loads.
 */
export function useT(): Translate {
  const t = useContext(TranslateContext) ?? loadedTranslate(DEFAULT_LANGUAGE);
  if (!t) throw new Error('useT: no language is loaded');
  return t;
}

export function useLanguageChoice(): LanguageChoice | null {
  return useContext(LanguageChoiceContext);
}
