import { useRef } from 'react';
import { ACCEPTED_FILES } from './accepted-files';
import { useT } from '../../i18n/use-t';

interface OpenDataButtonProps {
  onFiles: (files: File[]) => void;
  /** Shows or hides the data panel (links, recent files, the template). */
  onTogglePanel: () => void;
  panelOpen: boolean;
  panelId: string;
}

/**
 * "Open your data": opens the browser's file picker at once; the files are read in this
 * browser and never uploaded. Beside it, the panel with the other ways in. In the first view,
 * so it stays small: the reader loads only once a file is chosen.
 */
export function OpenDataButton({
  onFiles,
  onTogglePanel,
  panelOpen,
  panelId,
}: OpenDataButtonProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const button =
    'inline-flex items-center gap-2 rounded-md border border-line bg-paper px-3 py-2 text-sm font-medium hover:border-accent';
  return (
    <div className="flex items-stretch gap-1">
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-data-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so choosing the same file again still reads it.
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <button type="button" className={button} onClick={() => input.current?.click()}>
        {t('ownData.open')}
      </button>
      <button
        type="button"
        className={`${button} aria-expanded:border-accent`}
        aria-expanded={panelOpen}
        aria-controls={panelId}
        onClick={onTogglePanel}
      >
        {t('ownData.panelButton')}
      </button>
    </div>
  );
}
