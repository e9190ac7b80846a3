import type { ReadProgress } from './read-own-data';

const PHASES: Record<ReadProgress['phase'], string> = {
  download: 'Downloading',
  parse: 'Reading',
  check: 'Checking',
};

interface OwnDataProgressProps {
  origin: string;
  progress: ReadProgress | null;
  onCancel: () => void;
}

/** While a user's file is read: what is happening, how far, and Cancel. The page stays usable. */
export function OwnDataProgress({ origin, progress, onCancel }: OwnDataProgressProps) {
  const phase = progress ? PHASES[progress.phase] : 'Opening';
  const percent = progress?.fraction == null ? null : Math.round(progress.fraction * 100);
  return (
    <main className="mx-auto max-w-3xl p-8" aria-busy="true">
      <div className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">Opening your data</h1>
        <p className="mt-2 break-words text-muted [overflow-wrap:anywhere]">{origin}</p>
        <p role="status" className="mt-4">
          {phase}
          {percent === null ? '…' : `: ${percent}%`}
        </p>
        <progress
          className="mt-2 h-3 w-full accent-accent"
          aria-label={`${phase} your data`}
          max={100}
          {...(percent === null ? {} : { value: percent })}
        />
        <p className="mt-3 text-sm text-muted">It is read in this browser; nothing is uploaded.</p>
        <button
          type="button"
          onClick={onCancel}
          className="mt-4 rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
        >
          Cancel
        </button>
      </div>
    </main>
  );
}
