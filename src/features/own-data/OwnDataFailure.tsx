import { OwnDataError } from './own-data-types';
import { RowProblems } from './RowProblems';

interface OwnDataFailureProps {
  error: Error;
  origin: string;
  onRetry: () => void;
  onBundled: () => void;
}

const TITLES: Partial<Record<OwnDataError['reason'], string>> = {
  empty: 'The file is empty',
  'no-valid-row': 'No row of the file could be read',
  'not-data': 'This is not a CSV or JSON file',
  'too-large': 'The file is too large',
  unreachable: 'The data could not be reached',
  timeout: 'The data took too long to arrive',
  http: 'The server did not send the data',
  invalid: 'The data is not valid',
};

/** A user's data that could not be shown: why, in plain words, with the bundled data offered. */
export function OwnDataFailure({ error, origin, onRetry, onBundled }: OwnDataFailureProps) {
  const reason = error instanceof OwnDataError ? error.reason : null;
  const problems = error instanceof OwnDataError ? error.problems : [];
  const canRetry =
    reason === null || reason === 'unreachable' || reason === 'timeout' || reason === 'http';
  return (
    <main className="mx-auto max-w-3xl p-8">
      <div role="alert" className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">
          {(reason && TITLES[reason]) ?? 'Your data could not be opened'}
        </h1>
        <p className="mt-2 text-muted break-words [overflow-wrap:anywhere]">{origin}</p>
        <p className="mt-3 break-words [overflow-wrap:anywhere]">{error.message}</p>
        {problems.length > 0 && (
          <RowProblems problems={problems} fileName={origin} className="mt-4" />
        )}
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={onBundled}
            className="rounded-md bg-accent px-4 py-2 font-medium text-paper hover:opacity-90"
          >
            Open the SCO data instead
          </button>
          {canRetry && (
            <button
              type="button"
              onClick={onRetry}
              className="rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
            >
              Try again
            </button>
          )}
        </div>
      </div>
    </main>
  );
}
