/**
 * Renders a section as the explorer does: inside the URL adapter, with the view's vocabulary
 * and `update` (ViewAccessContext), so that its `useViewSlice` reads the page's query string.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import { UrlAdapter } from '../state/url-adapter';
import { useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import { useViewState } from '../state/use-view-state';
import { ViewAccessContext } from '../state/view-slice';
import { vocabularyOf } from '../state/vocabulary';
import { realIndex } from './fixtures';

function ViewHarness({ index, children }: { index: DatasetIndex; children: ReactNode }) {
  const vocabulary = useMemo(() => vocabularyOf(index), [index]);
  const { update } = useViewState(vocabulary);
  const access = useMemo(() => ({ vocabulary, update }), [vocabulary, update]);
  return <ViewAccessContext value={access}>{children}</ViewAccessContext>;
}

/** Opens `search` (e.g. `?event=x`) as the page's address, then renders `ui` in the view. */
export function renderInView(ui: ReactNode, { index = realIndex, search = '' } = {}): RenderResult {
  window.history.replaceState(null, '', `/${search}`);
  const result = render(ui, {
    wrapper: ({ children }) => (
      <UrlAdapter>
        <ViewHarness index={index}>{children}</ViewHarness>
      </UrlAdapter>
    ),
  });
  return result;
}

/** Goes to `search`, as a link or Back does, and lets the views catch up. */
export function goToSearch(search: string): void {
  act(() => {
    window.history.pushState(null, '', `/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

/** The page's query string now, sorted parameters as written. */
export const currentSearch = () => window.location.search;
