import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { ManifestEntry } from '../data/schema';
import { formatDateRange } from '../lib/format-date';
import type { ViewState } from '../state/view-state';
import { ShareMenu } from '../features/export/ShareMenu';
import { useT } from '../i18n/use-t';
import { LanguageMenu } from './LanguageMenu';

interface HeaderProps {
  index: DatasetIndex;
  entry: ManifestEntry;
  view: ViewState;
  datasetId: string | null;
  /** The meetings of the current view (for export). */
  meetings: MeetingRecord[];
}

export function Header({ index, entry, view, datasetId, meetings }: HeaderProps) {
  const { source } = index.dataset;
  const t = useT();
  return (
    <header className="border-b border-line bg-panel">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('header.skip')}
      </a>
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-end justify-between gap-4 px-3 py-5 sm:px-6">
        <div className="min-w-0">
          <p className="text-sm font-medium tracking-wide text-muted uppercase">{t('app.name')}</p>
          <h1 className="font-serif text-2xl leading-tight font-semibold sm:text-3xl">{index.dataset.title}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted">
            {t('header.source', {
              kind: source.kind,
              publisher: source.publisher,
              place: source.place,
              dates: formatDateRange(source.start, source.end, t.lang),
              version: entry.version,
            })}
          </p>
          {t.lang !== 'en' && <p className="mt-1 max-w-3xl text-sm text-muted">{t('header.dataLanguage')}</p>}
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <LanguageMenu />
          <ShareMenu index={index} view={view} datasetId={datasetId} meetings={meetings} />
        </div>
      </div>
    </header>
  );
}
