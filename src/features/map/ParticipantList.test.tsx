import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import { ParticipantList } from './ParticipantList';
import { rolesAt } from './roles';

function renderList(moment: 'before' | 'after') {
  const onSelect = vi.fn();
  render(
    <ParticipantList
      index={realIndex}
      statuses={rolesAt(realDataset, moment)}
      moment={moment}
      selectedId="china"
      onSelect={onSelect}
    />,
  );
  return { onSelect, list: screen.getByRole('region', { name: /States by role/ }) };
}

const group = (list: HTMLElement, heading: RegExp) => {
  const title = within(list).getByRole('heading', { name: heading });
  const items = title.nextElementSibling;
  if (!(items instanceof HTMLElement)) throw new Error(`no list after ${String(heading)}`);
  return within(items)
    .queryAllByRole('button')
    .map((b) => b.textContent);
};

describe('ParticipantList', () => {
  it('groups the states by role after the decisions, with heads of delegation', () => {
    const { list } = renderList('after');
    expect(group(list, /^Members/)).toHaveLength(6);
    expect(group(list, /^Observers/)).toContain('Afghanistan new President H. Karzai');
    expect(group(list, /^Guests of the host/)).toEqual([
      'Turkmenistan President G. Berdymukhamedov',
    ]);
    expect(group(list, /^Dialogue partner/)).toEqual(['Turkey new no delegation at the summit']);
  });

  it('lists Afghanistan as a guest and no dialogue partner before them', () => {
    const { list } = renderList('before');
    expect(group(list, /^Guests of the host/)).toHaveLength(2);
    expect(group(list, /^Dialogue partner/)).toEqual([]);
    expect(list).toHaveTextContent('None before the summit’s decisions.');
  });

  it('marks the selected state and selects another', async () => {
    const { list, onSelect } = renderList('after');
    expect(within(list).getByRole('button', { name: /^China/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(list).getByRole('button', { name: /^India/ }));
    expect(onSelect).toHaveBeenCalledWith('india');
  });
});
