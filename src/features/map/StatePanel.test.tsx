import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import { rolesAt } from './roles';
import { StatePanel } from './StatePanel';

function renderPanel(countryId: string, moment: 'before' | 'after' = 'after') {
  const update = vi.fn();
  const showInSource = vi.fn();
  const onClose = vi.fn();
  render(
    <StatePanel
      index={realIndex}
      countryId={countryId}
      status={rolesAt(realDataset, moment).get(countryId)}
      selectedEventId={null}
      update={update}
      showInSource={showInSource}
      datasetId={null}
      onClose={onClose}
    />,
  );
  const name = realIndex.countryById.get(countryId)?.name ?? countryId;
  return { update, showInSource, onClose, panel: screen.getByRole('region', { name }) };
}

describe('StatePanel', () => {
  it('shows Afghanistan’s delegation and its new observer status, dated', () => {
    const { panel } = renderPanel('afghanistan');
    expect(panel).toHaveTextContent('Islamic Republic of Afghanistan');
    expect(panel).toHaveTextContent('President H. Karzai (Hamid Karzai)');
    expect(within(panel).getByText('observer')).toBeInTheDocument();
    expect(within(panel).getByText('new')).toBeInTheDocument();
    expect(panel).toHaveTextContent('guest of the host → observer, 7 June 2012');
    expect(panel).toHaveTextContent('the dataset takes its closing day');
  });

  it('shows the role before the decision without the “new” mark', () => {
    const { panel } = renderPanel('afghanistan', 'before');
    expect(within(panel).getByText('guest of the host')).toBeInTheDocument();
    expect(within(panel).queryByText('new')).toBeNull();
  });

  it('lists the meetings a state hosted and selects one', async () => {
    const { panel, update } = renderPanel('tajikistan');
    const hosted = within(panel).getAllByRole('button', { name: /^Meeting of/ });
    expect(hosted).toHaveLength(3);
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Meeting of attorneys general' }),
    );
    expect(update).toHaveBeenCalledWith({ event: 'attorneys-general-2012' });
  });

  it('selects a decision that names the state, and shows the delegation in the source', async () => {
    const { panel, update, showInSource } = renderPanel('afghanistan');
    await userEvent.click(
      within(panel).getByRole('button', {
        name: 'Afghanistan becomes an observer, Turkey a dialogue partner',
      }),
    );
    expect(update).toHaveBeenCalledWith({ decision: 'new-observer-and-dialogue-partner' });
    await userEvent.click(within(panel).getByRole('button', { name: 'In the source' }));
    expect(showInSource).toHaveBeenCalledWith(
      'President H. Karzai of the Islamic Republic of Afghanistan',
      'Delegation of the Islamic Republic of Afghanistan',
    );
  });

  it('shows Turkey, which sent no delegation, by its status and decision', async () => {
    const { panel, showInSource, onClose } = renderPanel('turkey');
    expect(panel).toHaveTextContent('no status → dialogue partner, 7 June 2012');
    expect(panel).not.toHaveTextContent('Head of delegation');
    await userEvent.click(within(panel).getByRole('button', { name: 'In the source' }));
    expect(showInSource).toHaveBeenCalledWith(
      'and the Republic of Turkey – a SCO dialogue partner',
      'Turkey becomes a dialogue partner',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Close state details' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('StatePanel citation', () => {
  it('offers a citation whose link selects the state', async () => {
    renderPanel('afghanistan', 'after');
    screen.getByRole('button', { name: /^Cite/ }).click();
    expect((await screen.findAllByText(/\?state=afghanistan/)).length).toBeGreaterThan(0);
  });
});
