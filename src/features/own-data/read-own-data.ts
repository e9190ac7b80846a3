/**
 * Reading a user's file or link into a dataset, off the main thread: the main-thread client
 * of read-own-data.worker.ts. Everything heavy (reading, hashing, parsing, checking) happens
 * in the worker; this page only receives the result. The interface imports this module with
 * `import()`, so neither it, the worker nor Papa Parse is in the first view.
 */
import type { Meeting } from '../../data/schema';
import type { NestedMessage } from '../../i18n/word';
import { OwnDataError, type OwnDataErrorReason, type OwnDataResult, type RowProblem } from './own-data-types';

export type OwnDataInput =
  /** One data file (.csv, .tsv, .json; also .txt/.tab holding CSV or TSV) and optionally one .txt source. */
  | { kind: 'files'; files: readonly File[] }
  /** Already checked as allowed by the caller (https, same-site, or http://localhost). */
  | { kind: 'url'; url: string };

export interface ReadProgress {
  phase: 'download' | 'parse' | 'check';
  /** 0 to 1; null when the size is not known. */
  fraction: number | null;
}

export interface ReadOptions {
  /** Aborting ends the worker at once; the promise rejects with an AbortError DOMException. */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * What the worker posts back. Meetings and problems come first, in batches, then the result
 * or the error without them: a message is copied into this page in one task, and 100,000
 * meetings in one message would hold the page for half a second.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'meetings'; meetings: Meeting[] }
  | { type: 'problems'; problems: RowProblem[] }
  | { type: 'result'; result: OwnDataResult }
  | { type: 'error'; reason: OwnDataErrorReason; text: NestedMessage; problems: RowProblem[] };

function abortError(signal: AbortSignal | undefined): DOMException {
  const reason: unknown = signal?.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('Reading the file was cancelled.', 'AbortError');
}

export function readOwnData(input: OwnDataInput, options: ReadOptions = {}): Promise<OwnDataResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<OwnDataResult>((resolve, reject) => {
    const worker = new Worker(new URL('./read-own-data.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const meetings: Meeting[] = [];
    const problems: RowProblem[] = [];
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'progress':
          onProgress?.(data.progress);
          return;
        case 'meetings':
          for (const meeting of data.meetings) meetings.push(meeting);
          return;
        case 'problems':
          for (const problem of data.problems) problems.push(problem);
          return;
        case 'result': {
          finish();
          const { result } = data;
          resolve({
            ...result,
            dataset: { ...result.dataset, meetings: [...meetings, ...result.dataset.meetings] },
            problems: [...problems, ...result.problems],
          });
          return;
        }
        case 'error':
          finish();
          reject(new OwnDataError(data.reason, data.text, [...problems, ...data.problems]));
      }
    };
    // The worker's script could not load (offline, a new deployment) or threw unexpectedly.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      const detail = event.message || 'none';
      reject(new OwnDataError('stopped', { id: 'ownData.error.readerStopped', values: { detail } }));
    };
    // A link relative to the page (`own/my.csv`) would otherwise resolve against the worker's script.
    worker.postMessage(input.kind === 'url' ? { ...input, url: new URL(input.url, location.href).href } : input);
  });
}
