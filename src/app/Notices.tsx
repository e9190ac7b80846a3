import { useState } from 'react';
import type { Notice } from '../state/view-state';
import { useT } from '../i18n/use-t';

/** What a link asked for that could not be shown: polite, dismissible, plain text. */
export function Notices({ notices }: { notices: Notice[] }) {
  const key = notices.map((n) => `${n.param}=${n.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const t = useT();
  if (!notices.length || dismissed === key) return null;
  return (
    <section
      role="status"
      aria-label={t('notices.label')}
      className="mb-4 flex items-start gap-4 rounded-lg border border-amber-600/40 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">{t('notices.heading')}</p>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {notices.map((notice, i) => (
            <li key={i}>
              <code className="font-mono">{notice.param}</code>: {t(notice.message.id, notice.message.values)}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => setDismissed(key)}
        className="rounded-md border border-current/40 px-3 py-1 text-sm font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        {t('action.dismiss')}
      </button>
    </section>
  );
}
