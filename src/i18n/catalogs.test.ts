import { describe, expect, it, vi } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { compileCatalog } from './compile-catalog';
import { messageIdsModule, parsePo } from './po-file';
import { translatorFor } from './lingui-runtime';
import { INTL_LOCALES } from '../lib/format-date';
import { recordName } from './record-names';
import idsModule from './message-ids.ts?raw';
import en from './locales/en.po?raw';
import ru from './locales/ru.po?raw';
import zh from './locales/zh.po?raw';

const CATALOGS = { en, ru, zh };

/** A translator straight from a catalog's text, as the build compiles it. */
function translator(lang: 'en' | 'ru' | 'zh') {
  const { messages } = compileCatalog(`${lang}.po`, CATALOGS[lang], en);
  return translatorFor(lang, INTL_LOCALES[lang], messages as never);
}

/** The `{name}` arguments a message uses (plural and select arguments included). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (Array.isArray(token) && typeof token[0] === 'string') {
        found.add(token[0]);
        const cases: unknown = token[2];
        if (cases && typeof cases === 'object') for (const value of Object.values(cases)) walk(value);
      }
    }
  };
  const compiled = compileMessage(message);
  walk(typeof compiled === 'string' ? [] : compiled);
  return [...found].sort();
}

describe('the catalogs', () => {
  it.each(['ru', 'zh'] as const)('%s has every English message, no other, each valid ICU', (lang) => {
    expect(compileCatalog(`${lang}.po`, CATALOGS[lang], en).problems).toEqual([]);
  });

  it('fail the build for a missing, an extra or a broken message', () => {
    const broken = 'msgid "app.name"\nmsgstr "{oops"\n\nmsgid "not.in.english"\nmsgstr "x"\n';
    const problems = compileCatalog('xx.po', broken, en).problems.join('\n');
    expect(problems).toContain('“app.name” is not valid ICU');
    expect(problems).toContain('“not.in.english” is not in en.po');
    expect(problems).toContain('“document.title” is missing');
  });

  it.each(['ru', 'zh'] as const)('%s uses the same arguments as English in every message', (lang) => {
    const english = new Map(parsePo(en).map((e) => [e.id, e.message]));
    for (const entry of parsePo(CATALOGS[lang])) {
      const source = english.get(entry.id) ?? '';
      // A translation may leave out data it words otherwise (the source's kind), never add one.
      for (const name of argumentsOf(entry.message)) {
        expect(argumentsOf(source), `${lang}.po “${entry.id}” uses {${name}}`).toContain(name);
      }
    }
  });

  it('have ids that TypeScript knows: message-ids.ts is up to date (npm run i18n:ids)', () => {
    expect(idsModule).toBe(messageIdsModule(en));
  });
});

describe('plurals', () => {
  it('Russian has one, few and many: 0, 1, 2, 5, 11, 21, 22 meetings', () => {
    const t = translator('ru');
    const counts = [0, 1, 2, 5, 11, 21, 22].map((count) => t('meetings.count', { count }));
    expect(counts).toEqual([
      '0 встреч',
      '1 встреча',
      '2 встречи',
      '5 встреч',
      '11 встреч',
      '21 встреча',
      '22 встречи',
    ]);
  });

  it('English has one and other; Chinese has no plural forms', () => {
    expect(translator('en')('meetings.count', { count: 1 })).toBe('1 meeting');
    expect(translator('en')('meetings.count', { count: 21 })).toBe('21 meetings');
    expect(translator('zh')('meetings.count', { count: 21 })).toBe('21 次会议');
  });

  it('numbers are formatted by Intl in each language', () => {
    expect(translator('en')('load.more', { count: 12345 })).toBe('…and 12,345 more.');
    expect(translator('ru')('load.more', { count: 12345 })).toBe('…и ещё 12\u00a0345.');
    expect(translator('zh')('load.more', { count: 12345 })).toBe('……另有 12,345 项。');
  });
});

describe('names the catalogs do not know', () => {
  it("keep the data's name, quietly: no console warning per meeting of another vocabulary", () => {
    // As built: Lingui's development build compiles a missing message instead of warning.
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const t = translator('ru');
      expect(recordName(t, 'ministry', 'synthetic-format-7', 'Format 7')).toBe('Format 7');
      expect(recordName(t, 'category', 'security', 'Security')).not.toBe('Security');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
