/**
 * Lingui's runtime, bound to one language's precompiled catalog. Loaded lazily beside the
 * catalog itself, so the first view's script does not carry it (about 3 kB gzipped).
 */
import { setupI18n, type Messages } from '@lingui/core';
import type { Language } from '../lib/language';
import type { MessageId } from './message-ids';
import type { MessageValues, Translate } from './translate';

/**
 * A translator over compiled messages: plurals by the language's rules, numbers by `Intl` in
 * `locale` (passed in, not imported: a lazy chunk that imports the entry's modules makes the
 * bundler split those into first-view chunks of their own).
 */
export function translatorFor(lang: Language, locale: string, messages: Messages): Translate {
  const i18n = setupI18n({
    locale: lang,
    locales: locale,
    messages: { [lang]: messages },
    // An id with no message is answered with the id itself, which is how a name the
    // catalogs do not know is recognised (record-names.ts). Lingui's default answer is the
    // same, but it first warns on the console: a thousand warnings for a dataset of a
    // thousand meetings of its own vocabulary, each time its list is drawn.
    missing: (_lang, id) => id,
  });
  const add = (more: Messages) => i18n.load(lang, more);
  return Object.assign((id: MessageId, values?: MessageValues) => i18n._(id, values), { lang, add });
}
