/**
 * The interface text: one catalog per language, each loaded lazily the first time it is
 * needed, and a `t(id, values)` bound to it. Messages are ICU MessageFormat, precompiled at
 * build time, so the runtime (Lingui's core, loaded with the first catalog) only interpolates:
 * plurals follow the language's rules (Russian's one, few, many and other) and
 * `{n, number}` is `Intl.NumberFormat`.
 */
import type { Messages } from '@lingui/core';
import type { Language } from '../lib/language';
import { INTL_LOCALES } from '../lib/format-date';
import type { MessageId } from './message-ids';
import type { CatalogPart } from './catalog-parts';

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
  /** Adds messages of the language (the rest of its catalog, once it has loaded). */
  readonly add: (messages: Messages) => void;
}

/** Each language's catalog in two parts (catalog-parts.ts): the first view's, and the rest. */
const catalogs: Record<Language, Record<CatalogPart, () => Promise<{ messages: Messages }>>> = {
  en: { first: () => import('./locales/en.po?first'), rest: () => import('./locales/en.po?rest') },
  ru: { first: () => import('./locales/ru.po?first'), rest: () => import('./locales/ru.po?rest') },
  zh: { first: () => import('./locales/zh.po?first'), rest: () => import('./locales/zh.po?rest') },
};

/** A language being loaded: its translator once the first part is in, and the whole catalog. */
interface Loading {
  firstView: Promise<Translate>;
  complete: Promise<Translate>;
}
const loaded = new Map<Language, Translate>();
const loading = new Map<Language, Loading>();
/** The language the page asked for last: the one lazy views wait for. */
let current: Language | null = null;

/** The translator of a language whose first view's messages have loaded, else undefined. */
export function loadedTranslate(lang: Language): Translate | undefined {
  return loaded.get(lang);
}

/**
 * Starts loading a language (once; a failed load may be tried again). The translator comes
 * with the first view's messages; the rest are added to it as soon as they arrive.
 */
function load(lang: Language): Loading {
  let entry = loading.get(lang);
  if (!entry) {
    const rest = catalogs[lang].rest();
    const firstView = Promise.all([import('./lingui-runtime'), catalogs[lang].first()]).then(
      ([runtime, { messages }]) => runtime.translatorFor(lang, INTL_LOCALES[lang], messages),
    );
    const complete = Promise.all([firstView, rest]).then(([t, { messages }]) => {
      t.add(messages);
      return t;
    });
    firstView.then((t) => loaded.set(lang, t)).catch(() => undefined);
    // Marked for React's use(): a settled load is read without suspending (lazyComponent).
    complete.then(
      (value) => Object.assign(complete, { status: 'fulfilled', value }),
      () => {
        // The next request tries again (offline, then back online).
        loading.delete(lang);
        loaded.delete(lang);
      },
    );
    entry = { firstView, complete };
    loading.set(lang, entry);
  }
  current = lang;
  return entry;
}

/** Loads what the first view shows in a language; the rest of its catalog follows by itself. */
export function loadFirstView(lang: Language): Promise<Translate> {
  return load(lang).firstView;
}

/** Loads a language's whole catalog and the runtime. */
export function loadTranslate(lang: Language): Promise<Translate> {
  return load(lang).complete;
}

/**
 * The current language's whole catalog: lazy views render once it is here (lazyComponent,
 * and the other lazy imports of views), so none shows a message that has not arrived.
 */
export function catalogsComplete(): Promise<unknown> {
  return current ? load(current).complete : Promise.resolve();
}

/** A lazy module of views, once it and the current language's whole catalog are here. */
export function withCatalogs<M>(module: Promise<M>): Promise<M> {
  return Promise.all([module, catalogsComplete()]).then(([value]) => value);
}
