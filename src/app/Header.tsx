import { lazy, useId, useState } from 'react';
import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { DataLink } from '../state/deep-link';
import type { Dataset, ManifestEntry } from '../data/schema';
import { formatDateRange } from '../lib/format-date';
import type { ViewState } from '../state/view-state';
import { ShareMenu } from '../features/export/ShareMenu';
import { OpenDataButton } from '../features/own-data/OpenDataButton';
import { LazySection } from './LazySection';
import { useOpenData } from './open-data';
import { useT } from '../i18n/use-t';
import { withCatalogs, type Translate } from '../i18n/translate';
import { LanguageMenu } from './LanguageMenu';

// The panel's links, recent files and template load when it is first opened.
const OwnDataPanel = lazy(() => withCatalogs(import('../features/own-data/OwnDataPanel')));

interface HeaderProps {
  index: DatasetIndex;
  entry: ManifestEntry;
  view: ViewState;
  datasetId: DataLink;
  /** The meetings of the current view (for export). */
  meetings: MeetingRecord[];
}

export function Header({ index, entry, view, datasetId, meetings }: HeaderProps) {
  const openData = useOpenData();
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const t = useT();
  return (
    <header className="border-b border-line bg-panel">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('header.skip')}
      </a>
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-end justify-between gap-4 px-3 py-5 sm:px-6">
        <div className="min-w-0">
          <p className="text-sm font-medium tracking-wide text-muted uppercase">{t('app.name')}</p>
          <h1 className="font-serif text-2xl leading-tight font-semibold sm:text-3xl wrap-anywhere">
            {index.dataset.title}
          </h1>
          <p className="mt-1 max-w-3xl text-sm break-words text-muted">
            {subtitle(index.dataset, entry.version, t)}
          </p>
          {t.lang !== 'en' && (
            <p className="mt-1 max-w-3xl text-sm text-muted">{t('header.dataLanguage')}</p>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <LanguageMenu />
          <OpenDataButton
            onFiles={openData.openFiles}
            panelOpen={panelOpen}
            panelId={panelId}
            onTogglePanel={() => setPanelOpen((open) => !open)}
          />
          <ShareMenu index={index} view={view} datasetId={datasetId} meetings={meetings} />
        </div>
      </div>
      <div id={panelId} hidden={!panelOpen}>
        {panelOpen && (
          <LazySection name="panel">
            <OwnDataPanel onClose={() => setPanelOpen(false)} {...openData} />
          </LazySection>
        )}
      </div>
    </header>
  );
}

/** What the data is: a bundled dataset names its source; a user's names what it was checked against. */
function subtitle({ source }: Dataset, version: string, t: Translate): string {
  if (source?.kind && source.publisher && source.place && source.start && source.end) {
    const { kind, publisher, place } = source;
    const dates = formatDateRange(source.start, source.end, t.lang);
    return t('header.source', { kind, publisher, place, dates, version });
  }
  return source
    ? t('header.ownSourceChecked', { version, title: source.title })
    : t('header.ownNoSource', { version });
}
