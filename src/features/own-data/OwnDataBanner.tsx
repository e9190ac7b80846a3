import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { OwnData } from './own-data-query';
import { RowProblems } from './RowProblems';
import { WhatWasRead } from './WhatWasRead';

interface OwnDataBannerProps {
  data: OwnData;
  origin: string;
  onBundled: () => void;
}

/**
 * Above a user's data: where it came from and that this site did not check it, what was read
 * of it, the rows left out (dismissible), and the way back to the SCO data.
 */
export function OwnDataBanner({ data, origin, onBundled }: OwnDataBannerProps) {
  const t = useT();
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const { preview, problems, source } = data;
  const summary = [
    t('ownData.rowsRead', { valid: preview.validRows, rows: preview.rows }),
    ...(problems.length > 0 ? [t('ownData.problemsFound', { count: problems.length })] : []),
    preview.sourceName
      ? t('ownData.quotesChecked', { name: preview.sourceName })
      : t('ownData.noSource'),
  ].join(' · ');
  return (
    <div className="mt-4 mb-4 space-y-3">
      <section
        aria-label={t('ownData.about')}
        className="rounded-lg border border-sky-700/40 bg-sky-50 p-4 text-sky-950 dark:bg-sky-950/40 dark:text-sky-50"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-medium wrap-anywhere">
              {source.kind === 'url'
                ? t('ownData.fromLink', { origin })
                : t('ownData.fromFile', { origin })}
            </p>
            <p className="mt-1 text-sm">{summary}</p>
          </div>
          <button
            type="button"
            onClick={onBundled}
            className="rounded-md border border-current/40 px-3 py-1 text-sm font-medium hover:bg-sky-100 dark:hover:bg-sky-900"
          >
            {t('ownData.back')}
          </button>
        </div>
        <WhatWasRead preview={preview} />
      </section>
      {problems.length > 0 && !problemsDismissed && (
        <section
          aria-label={t('ownData.rowsLeftOut')}
          className="rounded-lg border border-amber-600/40 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <p className="min-w-0 flex-1 basis-64 font-medium">
              {t('ownData.problemsInFile', { count: problems.length })}
            </p>
            <button
              type="button"
              onClick={() => setProblemsDismissed(true)}
              className="rounded-md border border-current/40 px-3 py-1 text-sm font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              {t('ownData.dismiss')}
            </button>
          </div>
          <RowProblems problems={problems} fileName={data.name} className="mt-2" />
        </section>
      )}
    </div>
  );
}
