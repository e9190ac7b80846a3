/**
 * A data file's problems in the page's language: the validator (src/data) names each by a code
 * and values, beside its English words for the command line; here each code is a message,
 * `validation.<code>`. A problem from elsewhere, with no code, keeps its English words.
 */
import type { Problem, ProblemDetail } from '../data/problem';
import type { NestedMessage } from './word';

export function detailMessage(detail: ProblemDetail): NestedMessage {
  const { code, values } = detail;
  if (!values) return { id: `validation.${code}` };
  const nested: Record<string, string | number | NestedMessage> = {};
  for (const [key, value] of Object.entries(values))
    nested[key] = typeof value === 'object' ? detailMessage(value) : value;
  return { id: `validation.${code}`, values: nested };
}

/** What is wrong, without where. */
export function problemDetailText(problem: Problem): NestedMessage {
  return problem.detail
    ? detailMessage(problem.detail)
    : { id: 'validation.text', values: { text: problem.message } };
}

/** `meetings[3].end: "2012-06-01" is before start 2012-06-07`, in the page's language. */
export function problemText(problem: Problem): NestedMessage {
  const detail = problemDetailText(problem);
  return problem.path ? { id: 'validation.atPath', values: { path: problem.path, detail } } : detail;
}
