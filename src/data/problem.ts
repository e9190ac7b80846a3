/**
 * A problem found in a data file, and how it is written: `meetings[3].end: …`. Apart from the
 * validator, so that the page can list problems without loading zod and the schema.
 */

export interface Problem {
  /** Where: `meetings[3].end`, `decisions[0].meetingLinks[1].meetingId`. */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `['meetings', 3, 'end']` → `meetings[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
