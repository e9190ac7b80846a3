import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { chooseLanguage } from '../i18n/languages';
import type { Language } from '../lib/language';
import { rememberLanguage, rememberedLanguage } from '../i18n/remembered-language';
import { loadedTranslate, loadTranslate, type Translate } from '../i18n/translate';
import { LanguageChoiceContext, TranslateContext, type LanguageChoice } from '../i18n/use-t';
import { useLangParam } from '../state/use-view-state';

/** `<html lang>` for each language: Chinese is marked Simplified, so the browser picks its glyphs. */
const HTML_LANG: Record<Language, string> = { en: 'en', ru: 'ru', zh: 'zh-Hans' };

/**
 * The interface language: the link's `lang`, else the reader's last choice, else the browser's
 * preferred languages, else English. While another language's catalog loads, the page stays
 * in the one it has; `<html lang>` and the page title follow the language shown.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [param, setParam] = useLangParam();
  const wanted = chooseLanguage(param, rememberedLanguage(), navigator.languages);
  const ready = loadedTranslate(wanted);
  const [shown, setShown] = useState<Translate | undefined>(() => ready);
  const [failed, setFailed] = useState<Language | null>(null);
  // Derived state: the wanted language is loaded, so it is the one shown. (A translator is a
  // function: setState would call it as an updater, so it is wrapped.)
  if (ready && ready !== shown) setShown(() => ready);
  const t = ready ?? shown;

  useEffect(() => {
    if (ready) return;
    let live = true;
    loadTranslate(wanted).then(
      (next) => live && setShown(() => next),
      () => live && setFailed(wanted),
    );
    return () => {
      live = false;
    };
  }, [ready, wanted]);

  useEffect(() => {
    if (!t) return;
    document.documentElement.lang = HTML_LANG[t.lang];
    document.title = t('document.title');
  }, [t]);

  const choice: LanguageChoice | null = useMemo(
    () =>
      t
        ? {
            lang: t.lang,
            choose: (lang: Language) => {
              rememberLanguage(lang);
              setFailed(null);
              setParam(lang);
            },
            pending: ready ? null : wanted,
            failed: failed === wanted && !ready ? failed : null,
          }
        : null,
    [t, ready, wanted, failed, setParam],
  );
  if (!t) return null;
  return (
    <TranslateContext value={t}>
      <LanguageChoiceContext value={choice}>{children}</LanguageChoiceContext>
    </TranslateContext>
  );
}
