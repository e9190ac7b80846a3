/**
 * States and their roles as CSV: each state the release names, its SCO role before and after
 * the summit's decisions, its head of delegation and the quotes that say so. Written like the
 * meetings' CSV (to-csv.ts): RFC 4180, CRLF, a byte-order mark, formula cells neutralised.
 *
 * The roles follow the map's rule (features/map/roles.ts, which this feature may not import):
 * before its first status change a state holds that change's `from`, otherwise the role it
 * attended in; a change counts "before" only if dated before the summit's first day, "after"
 * if dated by its last. Without a dated source every change counts after, none before.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Dataset, Role } from '../../data/schema';
import { sourceLine } from '../../data/source-line';
import { firstDay, lastDay } from '../../lib/calendar-date';
import { neutraliseFormula } from './to-csv';

export const ROLES_COLUMNS = [
  'state_id',
  'state',
  'name_in_source',
  'role_before',
  'role_after',
  'head_of_delegation',
  'head_full_name',
  'head_title',
  'delegation_quote',
  'status_change_quote',
  'source',
  'dataset_version',
] as const;

/** The role in force on `day` (a day number): none, before the first change, when there was no delegation. */
function roleOn(dataset: Dataset, countryId: string, day: number): Role | null {
  const changes = dataset.statusChanges
    .filter((change) => change.countryId === countryId)
    .sort((a, b) => lastDay(a.date) - lastDay(b.date));
  let role: Role | null = changes[0] ? changes[0].from : (dataset.delegations.find((d) => d.countryId === countryId)?.role ?? null);
  for (const change of changes) if (lastDay(change.date) <= day) role = change.to;
  return role;
}

export function statesAndRoles(dataset: Dataset): Record<(typeof ROLES_COLUMNS)[number], string>[] {
  const ids = dataset.delegations.map((d) => d.countryId);
  for (const change of dataset.statusChanges) if (!ids.includes(change.countryId)) ids.push(change.countryId);
  const { start, end } = dataset.source ?? {};
  const before = start && end ? firstDay(start) - 1 : -Infinity;
  const after = start && end ? lastDay(end) : Infinity;
  const source = sourceLine(dataset) ?? '';
  return ids.map((id) => {
    const delegation = dataset.delegations.find((d) => d.countryId === id);
    const country = dataset.reference.countries.find((c) => c.id === id);
    return {
      state_id: id,
      state: country?.name ?? id,
      name_in_source: delegation?.nameInSource ?? '',
      role_before: roleOn(dataset, id, before) ?? '',
      role_after: roleOn(dataset, id, after) ?? '',
      head_of_delegation: delegation?.head.name ?? '',
      head_full_name: delegation?.head.fullName ?? '',
      head_title: delegation?.head.title ?? '',
      delegation_quote: delegation?.quote ?? '',
      status_change_quote: dataset.statusChanges
        .filter((change) => change.countryId === id)
        .map((change) => change.quote)
        .join(' | '),
      source,
      dataset_version: dataset.version,
    };
  });
}

export function toRolesCsv(dataset: Dataset): string {
  const rows = [[...ROLES_COLUMNS], ...statesAndRoles(dataset).map((row) => ROLES_COLUMNS.map((column) => row[column]))];
  return `\uFEFF${rows.map((row) => csvFormatRow(row.map(neutraliseFormula))).join('\r\n')}\r\n`;
}
