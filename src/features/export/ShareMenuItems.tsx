/**
 * The open share menu: its caption, its items in four groups and what they do. Loaded on
 * demand by ShareMenu (the button stays in the first view), together with the menu's keyboard
 * handling. Each group is a `group` with a visible heading that names it; the items stay one
 * list for the keyboard (arrows, Home, End and type-ahead run across the groups).
 */
import { useEffect, useState } from 'react';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { datasetHash } from '../../data/dataset-hash';
import { sourceTextUrl } from '../../data/source-text-file';
import type { ViewState } from '../../state/view-state';
import { appBaseUrl, type DataLink } from '../../state/deep-link';
import { useT } from '../../i18n/use-t';
import type { MessageId } from '../../i18n/message-ids';
import { ExportFailure, viewLink, type ExportContext } from './export-context';
import { MENU_GROUPS, type Action } from './menu-groups';
import { MenuIcon } from './menu-icon';
import type { MenuButton } from './use-menu-button';
import { useMenuList } from './use-menu-list';

export interface ShareMenuItemsProps {
  index: DatasetIndex;
  view: ViewState;
  /** The data parameter of links: null for the default dataset. */
  datasetId: DataLink;
  /** The meetings of the current view, after filters and search: what the files contain. */
  meetings: MeetingRecord[];
  menu: Pick<MenuButton, 'ids' | 'focusTarget' | 'close' | 'align'>;
  /** Says something in the menu button's status line (it outlives the menu). */
  announce: (message: string) => void;
}

/** Why an item cannot run for this dataset, or null. */
function unavailable(action: Action, index: DatasetIndex): MessageId | null {
  if (action !== 'annotations') return null;
  if (!index.dataset.source) return 'share.noSourceText';
  if (!sourceTextUrl(index.dataset.id, window.location.origin)) return 'share.sourceNotPublished';
  return null;
}

/** The dataset's content hash, for the caption: asked for when the menu opens. */
function useHash(datasetId: string): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void datasetHash(datasetId).then((value) => live && setHash(value));
    return () => {
      live = false;
    };
  }, [datasetId]);
  return hash;
}

export function ShareMenuItems({ index, view, datasetId, meetings, menu, announce }: ShareMenuItemsProps) {
  const list = useMenuList(menu);
  const hash = useHash(index.dataset.id);
  const t = useT();
  // A file opened from disk is kept in this browser only: its link cannot carry it elsewhere.
  const fromDisk = typeof datasetId === 'object' && datasetId?.param === 'file';

  const run = async (action: Action) => {
    const reason = unavailable(action, index);
    menu.close(true);
    if (reason) {
      announce(t(reason));
      return;
    }
    const context: ExportContext = { index, view, datasetId, baseUrl: appBaseUrl(), t };
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(viewLink(context));
        announce(fromDisk ? t('share.copiedLocal') : t('share.copied'));
      } catch {
        announce(t('share.copyFailed'));
      }
    } else if (action === 'print') {
      window.print();
    } else {
      if (action.endsWith('png') || action.endsWith('svg')) announce(t('share.drawing'));
      try {
        const { runExport } = await import('./run-export');
        const done = await runExport(action, context, meetings, sourceTextUrl(index.dataset.id, context.baseUrl));
        announce(t(done.id, done.values));
      } catch (error) {
        announce(error instanceof ExportFailure ? t(error.reason.id, error.reason.values) : t('share.writeFailed'));
      }
    }
  };

  const captionId = `${menu.ids.menu}-caption`;
  return (
    <div
      className={`absolute top-full z-30 mt-1 max-h-[70vh] w-64 max-w-[calc(100vw-1.5rem)] overflow-y-auto rounded-md border border-line bg-panel pb-1 text-ink shadow-lg ${
        menu.align === 'right' ? 'right-0' : 'left-0'
      }`}
    >
      <div className="px-3 pt-1 pb-2 text-xs text-muted">
        <p id={captionId}>{t('share.caption', { count: meetings.length })}</p>
        <p>
          {t('share.dataset', { version: index.dataset.version })}
          {hash && (
            <>
              {t('share.hash')}
              <span className="font-mono">{hash}</span>
            </>
          )}
        </p>
      </div>
      <div {...list.menuProps} aria-describedby={captionId}>
        {MENU_GROUPS.map((group) => {
          const headingId = `${menu.ids.menu}-${group.id}`;
          return (
            <div key={group.id} role="group" aria-labelledby={headingId} className="border-t border-line pt-1">
              <div role="presentation" id={headingId} className="px-3 pt-1 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
                {t(group.heading)}
              </div>
              {group.items.map((item) => {
                const reason = unavailable(item.action, index);
                const reasonId = `${menu.ids.menu}-${item.action}-reason`;
                return (
                  <button
                    key={item.action}
                    type="button"
                    {...list.itemProps}
                    aria-disabled={reason ? true : undefined}
                    aria-describedby={reason ? reasonId : undefined}
                    onClick={() => void run(item.action)}
                    className={`flex w-full items-start gap-3 px-3 py-1.5 text-left text-sm hover:bg-accent-soft focus:bg-accent-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent${reason ? ' text-muted' : ''}`}
                  >
                    <span className="mt-0.5 text-muted">
                      <MenuIcon path={item.icon} />
                    </span>
                    <span>
                      {t(item.label)}
                      {reason && (
                        <span id={reasonId} aria-hidden="true" className="block text-xs">
                          {t(reason)}
                        </span>
                      )}
                    </span>
                  </button>
                );
              })}
            </div>
          );
        })}
      </div>
      {fromDisk && (
        <p className="border-t border-line px-3 pt-2 pb-1 text-xs text-muted">{t('share.fromDisk')}</p>
      )}
    </div>
  );
}
