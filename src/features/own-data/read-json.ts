/**
 * A JSON file: the app's own dataset (src/data/schema.ts), validated as a user's file
 * (`strict: false`), or an array of row objects with the CSV's column names. A dataset whose
 * problems lie only in some meetings loads without them, and names each:
 * `Meeting 3 (id "x"), start: must be a calendar date…`. Any other problem fails the file.
 */
import type { Dataset } from '../../data/schema';
import { foundDetail, type Problem } from '../../data/problem';
import { validateDataset } from '../../data/validate';
import { detailMessage, problemDetailText, problemText } from '../../i18n/problem-text';
import type { NestedMessage } from '../../i18n/word';
import { OwnDataError, type RowProblem } from './own-data-types';
import type { Cell } from './row-reader';
import type { TableRow } from './rows-to-dataset';

const MEETING_PATH = /^meetings\[(\d+)\](?:\.(.+))?$/;

export interface DatasetReading {
  dataset: Dataset;
  problems: RowProblem[];
  /** Meetings in the file. */
  rows: number;
}

/** Rounds of leaving meetings out: a meeting left out may leave a decision's link dangling. */
const MAX_ROUNDS = 3;

export function readJsonDataset(json: object): DatasetReading {
  const meetings =
    'meetings' in json && Array.isArray(json.meetings) ? (json.meetings as unknown[]) : null;
  const rows = meetings?.length ?? 0;
  const left: RowProblem[] = [];
  let current: object = json;
  /** Indexes into the file's meetings of those still in `current`. */
  let kept = meetings ? meetings.map((_, i) => i) : [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validateDataset(current, { strict: false });
    if (result.ok)
      return {
        dataset: result.value,
        problems: left.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
        rows,
      };
    const bad = meetings ? meetingIndexes(result.problems) : null;
    // Problems elsewhere (or caused by a meeting left out: a decision's link to it) fail the
    // file, listed after the meetings' own.
    if (!meetings || !bad)
      throw invalid([...left, ...result.problems.map(schemaProblem)]);
    for (const problem of result.problems) {
      const match = MEETING_PATH.exec(problem.path);
      const index = kept[Number(match?.[1])] ?? 0;
      left.push(meetingProblem(meetings[index], index, match?.[2] ?? null, problem));
    }
    kept = kept.filter((_, i) => !bad.has(i));
    current = { ...current, meetings: kept.map((i) => meetings[i]) };
  }
  throw invalid(left);
}

/** The meetings a list of problems is about, or null if any problem lies elsewhere. */
function meetingIndexes(problems: readonly Problem[]): Set<number> | null {
  const indexes = new Set<number>();
  for (const { path } of problems) {
    const match = MEETING_PATH.exec(path);
    if (!match) return null;
    indexes.add(Number(match[1]));
  }
  return indexes;
}

function meetingProblem(
  meeting: unknown,
  index: number,
  field: string | null,
  problem: Problem,
): RowProblem {
  const id =
    typeof meeting === 'object' &&
    meeting !== null &&
    'id' in meeting &&
    typeof meeting.id === 'string'
      ? meeting.id.slice(0, 60)
      : undefined;
  return {
    row: index + 1,
    column: field,
    place: 'meeting',
    ...(id === undefined ? {} : { meetingId: id }),
    message: problemDetailText(problem),
  };
}

/** A problem of the file outside any meeting: its path and detail. */
export const schemaProblem = (problem: Problem): RowProblem => ({
  row: null,
  column: null,
  message: problemText(problem),
});

/** A JSON value in words: `the number 2012`, `the text "abc"`, `a list`, `nothing`. */
export const foundMessage = (value: unknown): NestedMessage => detailMessage(foundDetail(value));

function invalid(problems: RowProblem[]): OwnDataError {
  return new OwnDataError(
    'invalid',
    { id: 'ownData.error.invalidDataset', values: { count: problems.length } },
    problems,
  );
}

/** A JSON array of row objects as a table: the columns are every key, in order of first use. */
export function jsonRowsTable(items: readonly unknown[]): {
  headers: string[];
  rows: TableRow[];
  problems: RowProblem[];
} {
  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  const problems: RowProblem[] = [];
  const objects: (Record<string, unknown> | null)[] = items.map((item, i) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      for (const key of Object.keys(item)) {
        if (!columnOf.has(key)) {
          columnOf.set(key, headers.length);
          headers.push(key);
        }
      }
      return item as Record<string, unknown>;
    }
    problems.push({
      row: i + 1,
      column: null,
      place: 'item',
      message: { id: 'ownData.problem.notAnObject', values: { found: foundMessage(item) } },
    });
    return null;
  });
  const rows: TableRow[] = [];
  objects.forEach((item, i) => {
    if (!item) return;
    const cells: Cell[] = headers.map((key) => toCell(item[key]));
    rows.push({ row: i + 1, cells });
  });
  return { headers, rows, problems };
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return { notText: foundMessage(value) };
}
