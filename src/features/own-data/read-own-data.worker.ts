/**
 * The worker that reads a user's file or link (read-own-data.ts starts it): runs the
 * pipeline, posts progress at most every percent, then the result or the error, and is done.
 */
import type { Meeting } from '../../data/schema';
import { OwnDataError, type RowProblem } from './own-data-types';
import type { OwnDataInput, ReadProgress, WorkerMessage } from './read-own-data';
import { readOwnDataPipeline } from './read-pipeline';

const post = (message: WorkerMessage) => {
  postMessage(message);
};

let last: ReadProgress | null = null;
function report(progress: ReadProgress): void {
  const step = (f: number | null) => (f === null ? -1 : Math.floor(f * 100));
  if (last && last.phase === progress.phase && step(last.fraction) === step(progress.fraction)) return;
  last = progress;
  post({ type: 'progress', progress });
}

/**
 * Records per message: each message is copied into the page in one task, so a batch must stay
 * well under a long task there (README, "Measurements behind the design").
 */
export const BATCH = 5000;

function postInBatches(records: readonly Meeting[] | readonly RowProblem[], type: 'meetings' | 'problems'): void {
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    post(type === 'meetings' ? { type, meetings: batch as Meeting[] } : { type, problems: batch as RowProblem[] });
  }
}

self.onmessage = ({ data }: MessageEvent<OwnDataInput>) => {
  readOwnDataPipeline(data, report).then(
    (result) => {
      postInBatches(result.dataset.meetings, 'meetings');
      postInBatches(result.problems, 'problems');
      post({ type: 'result', result: { ...result, dataset: { ...result.dataset, meetings: [] }, problems: [] } });
    },
    (error: unknown) => {
      if (error instanceof OwnDataError) {
        postInBatches(error.problems, 'problems');
        post({ type: 'error', reason: error.reason, text: error.text, problems: [] });
      } else {
        // A fault of this code, not of the file: said plainly, with what is known.
        const detail = error instanceof Error ? error.message : String(error);
        post({ type: 'error', reason: 'invalid', text: { id: 'ownData.error.unreadable', values: { detail } }, problems: [] });
      }
    },
  );
};
