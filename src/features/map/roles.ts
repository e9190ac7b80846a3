/**
 * Who held which SCO role, before or after the summit's own decisions. Pure: the map, its
 * legend, the participant list and the state panel all read roles from here.
 *
 * A delegation's `role` is the capacity in which it attended (Afghanistan came as a guest
 * of the host); a status change moves a state from `from` to `to` on its date. A state that
 * only appears in a status change (Turkey) had no role before it.
 */
import { dayToIso, firstDay, lastDay } from '../../lib/calendar-date';
import type { Dataset, Role, StatusChange } from '../../data/schema';
import type { RoleMoment } from '../../state/view-state';
import type { Translate } from '../../i18n/translate';

export interface StateStatus {
  countryId: string;
  /** The role in force at that moment; null: no SCO status (yet). */
  role: Role | null;
  /** The change decided at the summit, whichever moment is shown. */
  change: StatusChange | null;
  /** True when `change` has taken effect at this moment: the map marks the state as new. */
  changed: boolean;
}

/** Display order: members first, then the circles further out. */
export const ROLE_ORDER: readonly Role[] = ['member', 'observer', 'guest', 'dialogue-partner'];

/** Every state the release names as taking part or gaining a status, in dataset order. */
export function participantIds(dataset: Dataset): string[] {
  const ids = dataset.delegations.map((d) => d.countryId);
  for (const change of dataset.statusChanges)
    if (!ids.includes(change.countryId)) ids.push(change.countryId);
  return ids;
}

/**
 * Roles in force on a day (`YYYY-MM-DD`). A change dated only by month or year counts from
 * the last day of that period: the map then never shows a status before it surely held.
 */
export function rolesOnDay(dataset: Dataset, day: string): Map<string, StateStatus> {
  const today = firstDay(day);
  const statuses = new Map<string, StateStatus>();
  for (const id of participantIds(dataset)) {
    const delegation = dataset.delegations.find((d) => d.countryId === id);
    const changes = dataset.statusChanges
      .filter((c) => c.countryId === id)
      .sort((a, b) => lastDay(a.date) - lastDay(b.date));
    const first = changes[0];
    // Before its first change a state holds that change's `from`, whatever it attended as.
    let role: Role | null = first ? first.from : (delegation?.role ?? null);
    let changed = false;
    for (const change of changes) {
      if (lastDay(change.date) > today) break;
      role = change.to;
      changed = true;
    }
    statuses.set(id, { countryId: id, role, change: changes[changes.length - 1] ?? null, changed });
  }
  return statuses;
}

const LAST_DAY = '9999-12-31';

/**
 * Roles before the summit's decisions (the eve of its first day) or after them (its last day).
 * Changes dated before the summit count in both.
 */
export function rolesAt(dataset: Dataset, moment: RoleMoment): Map<string, StateStatus> {
  const { start, end } = dataset.source ?? {};
  // Without a dated source (a user's data) there is no summit to stand before: every change counts.
  if (!start || !end) return rolesOnDay(dataset, LAST_DAY);
  const day = moment === 'before' ? dayToIso(firstDay(start) - 1) : dayToIso(lastDay(end));
  return rolesOnDay(dataset, day);
}

/** Country ids per role, in ROLE_ORDER, each group in participant order; states without a role left out. */
export function groupByRole(statuses: ReadonlyMap<string, StateStatus>): Map<Role, string[]> {
  const groups = new Map<Role, string[]>(ROLE_ORDER.map((role) => [role, []]));
  for (const status of statuses.values())
    if (status.role) groups.get(status.role)?.push(status.countryId);
  return groups;
}

/** The accessible name of a state on the map: "Afghanistan: observer, new at this summit". */
export function stateLabel(
  t: Translate,
  name: string,
  status: StateStatus | undefined,
  moment: RoleMoment,
): string {
  if (!status?.role) return t('map.stateNoStatus', { name, moment });
  return t('map.stateRole', { name, role: t(`role.${status.role}`), isNew: status.changed ? 'yes' : 'no' });
}
