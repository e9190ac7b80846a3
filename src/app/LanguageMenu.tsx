import { LANGUAGE_NAMES, isLanguage } from '../i18n/languages';
import { LANGUAGES } from '../lib/language';
import { useLanguageChoice, useT } from '../i18n/use-t';

/**
 * The interface language, labelled in the current language; each language is listed by its
 * own name (and marked with its `lang`, so a screen reader pronounces it).
 */
export function LanguageMenu() {
  const t = useT();
  const choice = useLanguageChoice();
  if (!choice) return null;
  return (
    <div className="flex flex-col items-start gap-1 text-sm">
      <label className="flex items-center gap-2">
        <span className="font-medium">{t('language.label')}</span>
        <select
          value={choice.lang}
          onChange={(event) => {
            const { value } = event.target;
            if (isLanguage(value)) choice.choose(value);
          }}
          className="rounded-md border border-line bg-panel px-2 py-1.5"
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'zh' ? 'zh-Hans' : lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </label>
      {choice.pending && !choice.failed && (
        <span role="status" className="text-muted">
          {t('language.loading')}
        </span>
      )}
      {choice.failed && (
        <span role="alert" className="max-w-60 text-muted">
          {t('language.failed')}
        </span>
      )}
    </div>
  );
}
