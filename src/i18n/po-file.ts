/**
 * Reads the `.po` catalogs (GNU gettext's format, which translators' tools open): the subset
 * the catalogs use, `#.` comments, `msgid` and `msgstr` with continuation lines and C escapes.
 * Pure, without Node: the build's catalog plugin, the id generator and the tests share it.
 */
export interface PoEntry {
  id: string;
  message: string;
  /** The `#.` comments above the entry (the English text, notes for translators). */
  comments: string[];
  /** 1-based line of the `msgid`, for error messages. */
  line: number;
}

const unquote = (text: string) =>
  JSON.parse(text.replace(/\\'/g, "'").replace(/\t/g, '\\t')) as string;

/** Every entry with a non-empty `msgid` (the header entry aside), in file order. */
export function parsePo(text: string): PoEntry[] {
  const entries: PoEntry[] = [];
  let comments: string[] = [];
  let current: { field: 'id' | 'message'; entry: PoEntry } | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#.')) comments.push(line.slice(2).trim());
    else if (line.startsWith('msgid ')) {
      const entry: PoEntry = { id: unquote(line.slice(6)), message: '', comments, line: index + 1 };
      comments = [];
      entries.push(entry);
      current = { field: 'id', entry };
    } else if (line.startsWith('msgstr ') && current) {
      current.field = 'message';
      current.entry.message = unquote(line.slice(7));
    } else if (line.startsWith('"') && current) {
      const { entry, field } = current;
      if (field === 'id') entry.id += unquote(line);
      else entry.message += unquote(line);
    } else if (line === '') current = null;
  });
  return entries.filter((entry) => entry.id !== '');
}

/** The module `src/i18n/message-ids.ts`: the union of the English catalog's ids. */
export function messageIdsModule(englishPo: string): string {
  const ids = parsePo(englishPo).map((entry) => entry.id);
  return [
    '// Written by `npm run i18n:ids` from src/i18n/locales/en.po. Do not edit by hand.',
    '/** The id of every interface message: `t()` accepts nothing else. */',
    'export type MessageId =',
    ...ids.map((id, i) => `  | '${id}'${i === ids.length - 1 ? ';' : ''}`),
    '',
  ].join('\n');
}
