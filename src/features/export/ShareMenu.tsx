import { useEffect, useRef, useState } from 'react';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { ViewState } from '../../state/view-state';
import { appBaseUrl } from '../../state/deep-link';
import { downloadText, MIME_TYPES } from './download';
import { exportFileName, viewLink, type ExportContext } from './export-context';
import { MenuIcon, type IconName } from './menu-icon';
import { useMenuButton } from './use-menu-button';

interface ShareMenuProps {
  index: DatasetIndex;
  view: ViewState;
  /** The `dataset` parameter of links: null for the default dataset. */
  datasetId: string | null;
  /** The meetings of the current view, after filters and search: what the files contain. */
  meetings: MeetingRecord[];
}

type Action = 'copy' | 'csv' | 'json' | 'ics' | 'print';

const ITEMS: { action: Action; label: string; icon: IconName }[] = [
  { action: 'copy', label: 'Copy link', icon: 'link' },
  { action: 'csv', label: 'Download CSV', icon: 'table' },
  { action: 'json', label: 'Download JSON', icon: 'braces' },
  { action: 'ics', label: 'Download calendar (.ics)', icon: 'calendar' },
  { action: 'print', label: 'Print report', icon: 'printer' },
];

/** "Share and export": copy the view's link, download its meetings, print a report. */
export function ShareMenu({ index, view, datasetId, meetings }: ShareMenuProps) {
  const menu = useMenuButton();
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const announce = (message: string) => {
    setStatus(message);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 4000);
  };

  const run = async (action: Action) => {
    menu.close(true);
    const context: ExportContext = { index, view, datasetId, baseUrl: appBaseUrl() };
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(viewLink(context));
        announce('Link copied');
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

  const captionId = `${menu.menuProps.id}-caption`;
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
          <MenuIcon name="share" />
          Share and export
          <MenuIcon name="chevron" className={`h-4 w-4 transition-transform ${menu.open ? 'rotate-180' : ''}`} />
        </button>
        {menu.open && (
          <div
            className={`absolute top-full z-30 mt-1 w-64 max-w-[calc(100vw-1.5rem)] rounded-md border border-line bg-panel py-1 text-ink shadow-lg ${
              menu.align === 'right' ? 'right-0' : 'left-0'
            }`}
          >
            <p id={captionId} className="border-b border-line px-3 pt-1 pb-2 text-xs text-muted">
              The {meetings.length} meeting{meetings.length === 1 ? '' : 's'} of this view
            </p>
            <ul {...menu.menuProps} aria-describedby={captionId} className="py-1">
              {ITEMS.map((item) => (
                <li key={item.action} role="none">
                  <button
                    type="button"
                    {...menu.itemProps}
                    onClick={() => void run(item.action)}
                    className="flex w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-accent-soft focus:bg-accent-soft focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
                  >
                    <span className="text-muted">
                      <MenuIcon name={item.icon} />
                    </span>
                    {item.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
