/**
 * Before the page reloads itself, the view's last change reaches the address: a reload loads
 * the address as it is, and the address is written only after a change is painted.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInView } from '../test/render-in-view';
import { writeViewNow } from './use-view-state';
import { useUpdateView } from './view-slice';

function SelectButton() {
  const update = useUpdateView();
  return (
    <button type="button" onClick={() => update({ event: 'defence-ministers-2012' })}>
      Select
    </button>
  );
}

describe('writeViewNow', () => {
  afterEach(cleanup);

  it('writes a change made a moment ago, before nuqs or the paint would have', async () => {
    renderInView(<SelectButton />);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Select' }));
    });
    expect(window.location.search).toBe('');
    await act(() => writeViewNow());
    expect(window.location.search).toBe('?event=defence-ministers-2012');
  });
});
