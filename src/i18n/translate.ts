/**
 * The interface text: one catalog per language, each loaded lazily the first time it is
 * needed, and a `t(id, values)` bound to it. Messages are ICU MessageFormat, precompiled at
 * build time, so the runtime (Lingui's core, loaded with the first catalog) only interpolates:
 * plurals follow the language's rules (Russian's one, few, many and other) and
 * `{n, number}` is `Intl.NumberFormat`.
 */
import type { Messages } from '@lingui/core';
import type { Language } from '../state/view-state';
import { INTL_LOCALES } from '../lib/format-date';
import type { MessageId } from './message-ids';

export type MessageValues = Record<string, string | number>;

/** A message, to be worded later in whatever language is current. */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

/** Words a message in one language; `lang` also tells date and number formatting which. */
export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  readonly lang: Language;
}

const catalogs: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import('./locales/en.po'),
  ru: () => import('./locales/ru.po'),
  zh: () => import('./locales/zh.po'),
};
const loaded = new Map<Language, Translate>();
const loading = new Map<Language, Promise<Translate>>();

/** The translator of a language whose catalog has loaded, else undefined. */
export function loadedTranslate(lang: Language): Translate | undefined {
  return loaded.get(lang);
}

/** Loads a language's catalog and the runtime (once; a failed load may be tried again). */
export function loadTranslate(lang: Language): Promise<Translate> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = Promise.all([import('./lingui-runtime'), catalogs[lang]()]).then(
      ([runtime, { messages }]) => {
        const t = runtime.translatorFor(lang, INTL_LOCALES[lang], messages);
        loaded.set(lang, t);
        return t;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, promise);
  }
  return promise;
}
