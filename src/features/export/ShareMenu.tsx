import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataLink } from '../../state/deep-link';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { ViewState } from '../../state/view-state';
import { BUTTON_ICONS, MenuIcon } from './menu-icon';
import type { ShareMenuItems } from './ShareMenuItems';
import { useMenuButton } from './use-menu-button';
import { useT } from '../../i18n/use-t';
import { withCatalogs } from '../../i18n/translate';

interface ShareMenuProps {
  index: DatasetIndex;
  view: ViewState;
  /** The `dataset` parameter of links: null for the default dataset. */
  datasetId: DataLink;
  /** The meetings of the current view, after filters and search: what the files contain. */
  meetings: MeetingRecord[];
}

let itemsModule: Promise<typeof import('./ShareMenuItems')> | null = null;

/** The open menu's code, fetched once; after a failure the next try fetches again. */
function loadItems() {
  itemsModule ??= withCatalogs(import('./ShareMenuItems')).catch((error: unknown) => {
    itemsModule = null;
    throw error;
  });
  return itemsModule;
}

/**
 * "Share and export": copy the view's link, download its meetings, print a report. The
 * button is in the first view; the menu's contents load when the pointer or focus reaches it.
 */
export function ShareMenu({ index, view, datasetId, meetings }: ShareMenuProps) {
  const t = useT();
  const [Items, setItems] = useState<typeof ShareMenuItems | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const announce = useCallback((message: string) => {
    setStatus(message);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 4000);
  }, []);

  const menu = useMenuButton({
    prepare: () => loadItems().then((loaded) => setItems(() => loaded.ShareMenuItems)),
    onOpenFailed: () => announce(t('share.menuFailed')),
  });

  return (
    <div className="relative">
      {/* Under the button, out of the flow: a message never moves the button. */}
      <span
        role="status"
        className={`absolute top-full mt-1 text-xs whitespace-nowrap text-muted ${menu.align === 'right' ? 'right-0' : 'left-0'}`}
      >
        {status}
      </span>
      <div {...menu.containerProps} className="relative">
        <button
          type="button"
          {...menu.buttonProps}
          className="inline-flex items-center gap-2 rounded-md border border-line bg-paper px-3 py-2 text-sm font-medium hover:border-accent aria-expanded:border-accent"
        >
          <MenuIcon path={BUTTON_ICONS.share} />
          {t('share.button')}
          <MenuIcon path={BUTTON_ICONS.chevron} className={`h-4 w-4 transition-transform ${menu.open ? 'rotate-180' : ''}`} />
        </button>
        {menu.open && Items && (
          <Items index={index} view={view} datasetId={datasetId} meetings={meetings} menu={menu} announce={announce} />
        )}
      </div>
    </div>
  );
}
