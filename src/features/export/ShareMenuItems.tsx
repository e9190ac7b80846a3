import { useT } from '../../i18n/use-t';
/**
 * The open share menu: its caption, its items and what they do. Loaded on demand by
 * ShareMenu (the button stays in the first view), together with the menu's keyboard handling.
 */
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { ViewState } from '../../state/view-state';
import { appBaseUrl, type DataLink } from '../../state/deep-link';
import { downloadText, MIME_TYPES } from './download';
import { exportFileName, viewLink, type ExportContext } from './export-context';
import { MenuIcon } from './menu-icon';
import type { MenuButton } from './use-menu-button';
import { useMenuList } from './use-menu-list';

export interface ShareMenuItemsProps {
  index: DatasetIndex;
  view: ViewState;
  /** The `dataset` parameter of links: null for the default dataset. */
  datasetId: DataLink;
  /** The meetings of the current view, after filters and search: what the files contain. */
  meetings: MeetingRecord[];
  menu: Pick<MenuButton, 'ids' | 'focusTarget' | 'close' | 'align'>;
  /** Says something in the menu button's status line (it outlives the menu). */
  announce: (message: string) => void;
}

type Action = 'copy' | 'csv' | 'json' | 'ics' | 'print';

const ITEMS: { action: Action; label: string; icon: string }[] = [
  {
    action: 'copy',
    label: 'Copy link',
    icon: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71 M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
  },
  {
    action: 'csv',
    label: 'Download CSV',
    icon: 'M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z M3 9h18 M3 15h18 M9 3v18',
  },
  {
    action: 'json',
    label: 'Download JSON',
    icon: 'M8 3H7a2 2 0 0 0-2 2v5a2 2 0 0 1-2 2 2 2 0 0 1 2 2v5a2 2 0 0 0 2 2h1 M16 21h1a2 2 0 0 0 2-2v-5a2 2 0 0 1 2-2 2 2 0 0 1-2-2V5a2 2 0 0 0-2-2h-1',
  },
  {
    action: 'ics',
    label: 'Download calendar (.ics)',
    icon: 'M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z M16 2v4 M8 2v4 M3 10h18',
  },
  {
    action: 'print',
    label: 'Print report',
    icon: 'M6 9V2h12v7 M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2 M6 14h12v8H6z',
  },
];

export function ShareMenuItems({ index, view, datasetId, meetings, menu, announce }: ShareMenuItemsProps) {
  const list = useMenuList(menu);
  const t = useT();
  // A file opened from disk is kept in this browser only: its link cannot carry it elsewhere.
  const fromDisk = typeof datasetId === 'object' && datasetId?.param === 'file';

  const run = async (action: Action) => {
    menu.close(true);
    const context: ExportContext = { index, view, datasetId, baseUrl: appBaseUrl() };
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(viewLink(context));
        announce(fromDisk ? t('share.copiedLocal') : 'Link copied');
      } catch {
        announce('Copy failed: select the address bar to copy the link');
      }
    } else if (action === 'print') {
      window.print();
    } else {
      const { FORMATS } = await import('./writers');
      const { write, noun } = FORMATS[action];
      const filename = exportFileName(context, meetings.length, action);
      downloadText(write(context, meetings), filename, MIME_TYPES[action]);
      const count = `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`;
      announce(`${noun} of ${count} downloaded`);
    }
  };

  const captionId = `${menu.ids.menu}-caption`;
  return (
    <div
      className={`absolute top-full z-30 mt-1 w-64 max-w-[calc(100vw-1.5rem)] rounded-md border border-line bg-panel py-1 text-ink shadow-lg ${
        menu.align === 'right' ? 'right-0' : 'left-0'
      }`}
    >
      <p id={captionId} className="border-b border-line px-3 pt-1 pb-2 text-xs text-muted">
        The {meetings.length} meeting{meetings.length === 1 ? '' : 's'} of this view
      </p>
      <ul {...list.menuProps} aria-describedby={captionId} className="py-1">
        {ITEMS.map((item) => (
          <li key={item.action} role="none">
            <button
              type="button"
              {...list.itemProps}
              onClick={() => void run(item.action)}
              className="flex w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-accent-soft focus:bg-accent-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
            >
              <span className="text-muted">
                <MenuIcon path={item.icon} />
              </span>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {fromDisk && (
        <p className="border-t border-line px-3 pt-2 pb-1 text-xs text-muted">
          {t('share.fromDisk')}
        </p>
      )}
    </div>
  );
}
