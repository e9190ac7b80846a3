import type { DatasetIndex } from '../data/dataset-index';

const NONE: ReadonlySet<string> = new Set();

/** The meetings a decision links to (stated or editorial), for marking on the timeline and list. */
export function linkedMeetingIds(index: DatasetIndex, decisionId: string | null): ReadonlySet<string> {
  const decision = decisionId ? index.decisionById.get(decisionId) : undefined;
  return decision ? new Set(decision.meetingLinks.map((link) => link.meetingId)) : NONE;
}
