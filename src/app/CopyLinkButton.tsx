import { useState } from 'react';
import { toQueryString, type ViewState } from '../state/view-state';

/** Copies the canonical link of the current view (invalid parameters left out). */
interface CopyLinkButtonProps {
  view: ViewState;
  /** The dataset parameter, when the view is not of the default dataset. */
  datasetId: string | null;
}

export function CopyLinkButton({ view, datasetId }: CopyLinkButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${toQueryString(view, { dataset: datasetId })}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Copy failed: select the address bar to copy the link');
    }
    window.setTimeout(() => setStatus(''), 4000);
  };
  return (
    <div className="flex items-center gap-3">
      <span role="status" className="text-sm text-muted">
        {status}
      </span>
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-md border border-line bg-paper px-3 py-2 text-sm font-medium hover:border-accent"
      >
        Copy link
      </button>
    </div>
  );
}
