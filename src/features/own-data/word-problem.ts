/**
 * A user's file's problems and failures in the page's language. The worker that reads the file
 * has no translator, so it says what it found as messages (own-data-types.ts); these word them.
 */
import type { Translate } from '../../i18n/translate';
import { word, type NestedMessage } from '../../i18n/word';
import { OwnDataError, type RowProblem } from './own-data-types';

/** `Row 3`, `Item 3`, `Meeting 3 (id "x")`: a problem's row as the file's kind names it. */
function placeOf(problem: RowProblem): NestedMessage | null {
  const { place, row, meetingId } = problem;
  if (!place || row === null) return null;
  if (place === 'meeting' && meetingId !== undefined)
    return { id: 'ownData.place.meetingWithId', values: { row, id: meetingId } };
  return { id: `ownData.place.${place}`, values: { row } };
}

/** The whole line: `Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)`. */
function problemMessage(problem: RowProblem): NestedMessage {
  const place = placeOf(problem);
  const detail = problem.message;
  if (!place) return detail;
  return problem.column === null
    ? { id: 'ownData.problem.atPlace', values: { place, detail } }
    : { id: 'ownData.problem.atCell', values: { place, column: problem.column, detail } };
}

export function wordProblem(t: Translate, problem: RowProblem): string {
  return word(t, problemMessage(problem));
}

/** Why a file gave no dataset: its own words, or the error's for a fault of another kind. */
export function wordFailure(t: Translate, error: Error): string {
  return error instanceof OwnDataError ? word(t, error.text) : error.message;
}
