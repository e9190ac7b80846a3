import { useT } from '../../i18n/use-t';
import type { ReadProgress } from './read-own-data';

interface OwnDataProgressProps {
  origin: string;
  progress: ReadProgress | null;
  onCancel: () => void;
}

/** While a user's file is read: what is happening, how far, and Cancel. The page stays usable. */
export function OwnDataProgress({ origin, progress, onCancel }: OwnDataProgressProps) {
  const t = useT();
  const phase = t(`ownData.phase.${progress ? progress.phase : 'open'}`);
  const percent = progress?.fraction == null ? null : Math.round(progress.fraction * 100);
  return (
    <main className="mx-auto max-w-3xl p-8" aria-busy="true">
      <div className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">{t('ownData.opening')}</h1>
        <p className="mt-2 text-muted wrap-anywhere">{origin}</p>
        <p role="status" className="mt-4">
          {phase}
          {percent === null ? '…' : `: ${percent}%`}
        </p>
        <progress
          className="mt-2 h-3 w-full accent-accent"
          aria-label={t('ownData.progressLabel', { phase })}
          max={100}
          {...(percent === null ? {} : { value: percent })}
        />
        <p className="mt-3 text-sm text-muted">{t('ownData.readHere')}</p>
        <button
          type="button"
          onClick={onCancel}
          className="mt-4 rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
        >
          {t('ownData.cancel')}
        </button>
      </div>
    </main>
  );
}
