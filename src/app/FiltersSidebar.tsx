import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/**
 * The search and facets. On narrow screens they fold behind a button, so the timeline is on
 * the first screen; from the `lg` breakpoint they stand in a sticky sidebar.
 */
export function FiltersSidebar({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <aside aria-label={t('filters.label')} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen(!open)}
        className="w-full rounded-md border border-line bg-panel px-3 py-2 text-left font-medium lg:hidden"
      >
        {t(open ? 'filters.toggleHide' : 'filters.toggleShow', { count: activeCount })}
      </button>
      <div id="filter-panel" className={`${open ? 'mt-3 block' : 'hidden'} space-y-5 lg:mt-0 lg:block`}>
        {children}
      </div>
    </aside>
  );
}
