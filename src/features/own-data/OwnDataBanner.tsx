import { useState } from 'react';
import type { OwnData } from './own-data-query';
import { RowProblems } from './RowProblems';
import { WhatWasRead } from './WhatWasRead';

interface OwnDataBannerProps {
  data: OwnData;
  origin: string;
  onBundled: () => void;
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Above a user's data: where it came from and that this site did not check it, what was read
 * of it, the rows left out (dismissible), and the way back to the SCO data.
 */
export function OwnDataBanner({ data, origin, onBundled }: OwnDataBannerProps) {
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const { preview, problems, source } = data;
  const fromLink = source.kind === 'url';
  return (
    <div className="mt-4 mb-4 space-y-3">
      <section
        aria-label="About this data"
        className="rounded-lg border border-sky-700/40 bg-sky-50 p-4 text-sky-950 dark:bg-sky-950/40 dark:text-sky-50"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-medium break-words [overflow-wrap:anywhere]">
              {fromLink
                ? `Data from ${origin}, not checked by this site.`
                : `Your file ${origin}, read in this browser: nothing was uploaded, and this site did not check it.`}
            </p>
            <p className="mt-1 text-sm">
              {count(preview.validRows, 'row', 'rows')} read of {count(preview.rows, 'row', 'rows')}
              {problems.length > 0 && ` · ${count(problems.length, 'problem', 'problems')} found`}
              {preview.sourceName
                ? ` · quotes checked against ${preview.sourceName}`
                : ' · no source text given, so no quote was checked'}
            </p>
          </div>
          <button
            type="button"
            onClick={onBundled}
            className="rounded-md border border-current/40 px-3 py-1 text-sm font-medium hover:bg-sky-100 dark:hover:bg-sky-900"
          >
            Back to the SCO data
          </button>
        </div>
        <WhatWasRead preview={preview} />
      </section>
      {problems.length > 0 && !problemsDismissed && (
        <section
          aria-label="Rows left out"
          className="rounded-lg border border-amber-600/40 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <p className="min-w-0 flex-1 basis-64 font-medium">
              {count(problems.length, 'problem', 'problems')} in the file: these rows or cells were
              left out.
            </p>
            <button
              type="button"
              onClick={() => setProblemsDismissed(true)}
              className="rounded-md border border-current/40 px-3 py-1 text-sm font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              Dismiss
            </button>
          </div>
          <RowProblems problems={problems} fileName={data.name} className="mt-2" />
        </section>
      )}
    </div>
  );
}
