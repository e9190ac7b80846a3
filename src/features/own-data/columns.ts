/**
 * Which column of a user's table means what: one header row, names compared trimmed and
 * case-insensitive (spaces and hyphens count as underscores), with a few aliases so that the
 * app's own CSV export (`ministry_or_format`) and common spellings read back.
 */
import type { NestedMessage } from '../../i18n/word';
import { OWN_FIELDS, type ColumnUse, type OwnField } from './own-data-types';

const ALIASES: Readonly<Record<string, OwnField>> = {
  format: 'ministry',
  body: 'ministry',
  ministry_or_format: 'ministry',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
};

export const REQUIRED_FIELDS = ['title', 'start'] as const satisfies readonly OwnField[];

/** `" Ministry or Format "` → `ministry_or_format`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function fieldOf(header: string): OwnField | null {
  const name = normaliseHeader(header);
  if ((OWN_FIELDS as readonly string[]).includes(name)) return name as OwnField;
  return ALIASES[name] ?? null;
}

export interface ColumnMap {
  /** Every column in file order, with its meaning or why it is not used. */
  columns: ColumnUse[];
  /** The column index each field is read from. */
  indexOf: Partial<Record<OwnField, number>>;
  /** The header as written, per field: the name a message uses for the column. */
  headerOf: Partial<Record<OwnField, string>>;
  /** Required fields with no column. */
  missing: OwnField[];
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const indexOf: Partial<Record<OwnField, number>> = {};
  const headerOf: Partial<Record<OwnField, string>> = {};
  const columns = headers.map((raw, index): ColumnUse => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    if (!header) return { header, field: null, note: { id: 'ownData.note.noName' } };
    const field = fieldOf(header);
    if (!field) return { header, field: null, note: { id: 'ownData.note.unknown' } };
    const first = headerOf[field];
    if (first !== undefined) {
      return { header, field: null, note: { id: 'ownData.note.repeated', values: { field: { id: `ownData.field.${field}` }, first } } };
    }
    indexOf[field] = index;
    headerOf[field] = header;
    return { header, field };
  });
  const missing = REQUIRED_FIELDS.filter((field) => indexOf[field] === undefined);
  return { columns, indexOf, headerOf, missing };
}

/** The file-level message for a header row without `title` or `start`. */
export function missingColumnsMessage(
  missing: readonly OwnField[],
  headers: readonly string[],
): NestedMessage {
  const found = headers.map((h) => h.trim()).filter(Boolean);
  // The file's own headers, quoted as written: they are not words of the interface.
  const shown = found.length
    ? `${found
        .slice(0, 8)
        .map((h) => `"${h.length > 40 ? `${h.slice(0, 39)}…` : h}"`)
        .join(', ')}${found.length > 8 ? ', …' : ''}`
    : 'none';
  return {
    id: 'ownData.error.missingColumns',
    values: { missing: missing.length > 1 ? 'both' : (missing[0] ?? 'both'), headers: shown },
  };
}
