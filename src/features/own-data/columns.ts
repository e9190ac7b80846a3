/**
 * Which column of a user's table means what: one header row, names compared trimmed and
 * case-insensitive (spaces and hyphens count as underscores), with a few aliases so that the
 * app's own CSV export (`ministry_or_format`) and common spellings read back.
 */
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
    if (!header) return { header, field: null, note: 'no name in the header row' };
    const field = fieldOf(header);
    if (!field) return { header, field: null, note: 'not a column this app reads' };
    const first = headerOf[field];
    if (first !== undefined) {
      return { header, field: null, note: `${field} is already read from the column "${first}"` };
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
): string {
  const names = missing.map((field) => `"${field}"`).join(' and ');
  const found = headers.map((h) => h.trim()).filter(Boolean);
  const shown = found.length
    ? `it has ${found
        .slice(0, 8)
        .map((h) => `"${h.length > 40 ? `${h.slice(0, 39)}…` : h}"`)
        .join(', ')}${found.length > 8 ? ', …' : ''}`
    : 'it is empty';
  return `The header row (row 1) has no ${names} column${missing.length > 1 ? 's' : ''}: ${shown}. A file needs a "title" and a "start" column.`;
}
