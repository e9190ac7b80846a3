import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { facetCounts, NO_FILTERS } from '../../state/select-meetings';
import { realIndex } from '../../test/fixtures';
import { currentSearch, renderInView } from '../../test/render-in-view';
import { FilterPanel } from './FilterPanel';

const facets = facetCounts(realIndex, NO_FILTERS, null);

/** The checkboxes React wrote to since the last call (it rewrites `type` and `name` of an input it renders). */
function watchCheckboxes(root: HTMLElement) {
  const touched = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) if (record.target instanceof HTMLInputElement) touched.add(record.target);
  });
  observer.observe(root, { subtree: true, attributes: true });
  return {
    take: () => {
      for (const record of observer.takeRecords())
        if (record.target instanceof HTMLInputElement) touched.add(record.target);
      const names = [...touched].map((input) => (input as HTMLInputElement).value);
      touched.clear();
      return names;
    },
  };
}

describe('FilterPanel', () => {
  it('ticks a city into the URL, rendering only the checkbox it changes', async () => {
    const { container } = renderInView(<FilterPanel facets={facets} />);
    const cities = screen.getByRole('group', { name: 'City' });
    expect(within(container).getAllByRole('checkbox').length).toBeGreaterThan(20);
    const watch = watchCheckboxes(container);
    await userEvent.click(within(cities).getByRole('checkbox', { name: /^Dushanbe/ }));
    expect(within(cities).getByRole('checkbox', { name: /^Dushanbe/ })).toBeChecked();
    // The click's render, then the render that follows the URL's update: one checkbox in all.
    await waitFor(() => expect(currentSearch()).toBe('?city=dushanbe'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(watch.take()).toEqual(['dushanbe']);
  });
});
