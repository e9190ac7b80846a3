/**
 * The worker that reads a user's file or link (read-own-data.ts starts it): runs the
 * pipeline, posts progress at most every percent, then the result or the error, and is done.
 */
import { OwnDataError } from './own-data-types';
import type { OwnDataInput, ReadProgress, WorkerMessage } from './read-own-data';
import { readOwnDataPipeline } from './read-pipeline';

const post = (message: WorkerMessage) => {
  postMessage(message);
};

let last: ReadProgress | null = null;
function report(progress: ReadProgress): void {
  const step = (f: number | null) => (f === null ? -1 : Math.floor(f * 100));
  if (last && last.phase === progress.phase && step(last.fraction) === step(progress.fraction))
    return;
  last = progress;
  post({ type: 'progress', progress });
}

self.onmessage = ({ data }: MessageEvent<OwnDataInput>) => {
  readOwnDataPipeline(data, report).then(
    (result) => {
      post({ type: 'result', result });
    },
    (error: unknown) => {
      if (error instanceof OwnDataError) {
        post({
          type: 'error',
          reason: error.reason,
          message: error.message,
          problems: error.problems,
        });
      } else {
        // A fault of this code, not of the file: said plainly, with what is known.
        const detail = error instanceof Error ? error.message : String(error);
        post({
          type: 'error',
          reason: 'invalid',
          message: `The file could not be read: ${detail}`,
          problems: [],
        });
      }
    },
  );
};
