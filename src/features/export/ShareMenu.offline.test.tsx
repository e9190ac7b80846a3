import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { ShareMenu } from './ShareMenu';

// The menu's contents are a separate chunk: here it fails to load, as when offline.
vi.mock('./ShareMenuItems', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('ShareMenu when its contents cannot load', () => {
  it('stays closed, says so, and keeps focus on the button', async () => {
    const user = userEvent.setup();
    render(<ShareMenu index={realIndex} view={EMPTY_VIEW} datasetId={null} meetings={realIndex.meetings} />);
    const button = screen.getByRole('button', { name: 'Share and export' });
    await user.click(button);
    expect(await screen.findByText(/The menu could not load/)).toHaveAttribute('role', 'status');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
