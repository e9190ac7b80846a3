/**
 * Decisions by area: the area filter, the counts it shows, the groups the cards are drawn
 * in, and the decisions a meeting fed. Pure; areas keep the dataset's order.
 */
import type { Area, Decision } from '../../data/schema';

export interface AreaCount {
  area: Area;
  count: number;
}

export interface DecisionGroup {
  area: Area;
  decisions: Decision[];
}

/** The areas decisions use, in dataset order; an area missing from the list is named by its id. */
function areasInUse(decisions: readonly Decision[], areas: readonly Area[]): Area[] {
  const known = new Set(areas.map((a) => a.id));
  const extra = [...new Set(decisions.map((d) => d.areaId).filter((id) => !known.has(id)))];
  return [...areas, ...extra.map((id) => ({ id, name: id }))];
}

/** Every area with how many decisions it holds (zero included, so the filter is stable). */
export function areaCounts(decisions: readonly Decision[], areas: readonly Area[]): AreaCount[] {
  const counts = new Map<string, number>();
  for (const decision of decisions) counts.set(decision.areaId, (counts.get(decision.areaId) ?? 0) + 1);
  return areasInUse(decisions, areas).map((area) => ({ area, count: counts.get(area.id) ?? 0 }));
}

/** The decisions in the chosen areas; no area chosen means all. */
export function filterByArea(decisions: readonly Decision[], areaIds: readonly string[]): Decision[] {
  if (areaIds.length === 0) return [...decisions];
  const chosen = new Set(areaIds);
  return decisions.filter((d) => chosen.has(d.areaId));
}

/** Non-empty groups in area order, decisions in dataset (source) order within each. */
export function groupByArea(decisions: readonly Decision[], areas: readonly Area[]): DecisionGroup[] {
  return areasInUse(decisions, areas)
    .map((area) => ({ area, decisions: decisions.filter((d) => d.areaId === area.id) }))
    .filter((group) => group.decisions.length > 0);
}

/** Whether a decision names a meeting among those that fed it. */
export function isLinkedToMeeting(decision: Decision, meetingId: string | null): boolean {
  return meetingId !== null && decision.meetingLinks.some((link) => link.meetingId === meetingId);
}

/** Adds or removes one area from the filter, keeping the dataset's area order. */
export function toggleArea(selected: readonly string[], areaId: string, order: readonly Area[]): string[] {
  const next = new Set(selected);
  if (next.has(areaId)) next.delete(areaId);
  else next.add(areaId);
  const rank = (id: string) => {
    const index = order.findIndex((a) => a.id === id);
    return index === -1 ? order.length : index;
  };
  return [...next].sort((a, b) => rank(a) - rank(b));
}
