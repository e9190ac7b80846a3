import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../test/fixtures';
import { projectMap } from './map-geometry';
import { participantIds } from './roles';
import { StateShapes } from './StateShapes';
import { testAtlas } from '../../test/test-atlas';

const ids = participantIds(realDataset);
const geometry = projectMap(
  testAtlas,
  realDataset.reference.countries,
  ids,
  realDataset.reference.cities,
  800,
  500,
);
const states = ids.map((id) => ({ id, label: `${id} state`, status: undefined }));

function renderShapes(onSelect = vi.fn()) {
  render(
    <svg>
      <StateShapes
        geometry={geometry}
        states={states}
        patternPrefix="test"
        selectedId={null}
        focusedId={null}
        showChanges={false}
        onSelect={onSelect}
        onFocusChange={vi.fn()}
      />
    </svg>,
  );
  return onSelect;
}

describe('StateShapes', () => {
  // With the real atlas: its shapes without an ISO code once shared one key, which React
  // reports as an error (and the test setup fails any test that logs one).
  it('draws every neighbour in the frame and a focusable shape per participant', () => {
    renderShapes();
    expect(screen.getAllByRole('button')).toHaveLength(ids.length);
    const drawn = document.querySelectorAll('g[aria-hidden="true"] > path[fill="var(--map-land)"]');
    expect(drawn).toHaveLength(geometry.context.length);
  });

  it('selects a state from the keyboard', async () => {
    const onSelect = renderShapes();
    const first = ids[0] ?? '';
    screen.getByRole('button', { name: `${first} state` }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(first);
  });
});
