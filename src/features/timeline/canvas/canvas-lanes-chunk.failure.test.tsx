import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCanvasLanesLoaded } from './canvas-lanes-chunk';

// The chunk cannot be loaded: importing it throws, as a failed network request would.
vi.mock('./CanvasLanes', () => {
  throw new Error('offline');
});

describe('the canvas timeline chunk, when it cannot be loaded', () => {
  it('reports the failure instead of waiting for ever', async () => {
    const { result } = renderHook(() => useCanvasLanesLoaded(true));
    expect(result.current).toMatchObject({ loaded: false, failed: false });
    await waitFor(() => expect(result.current).toMatchObject({ loaded: false, failed: true }));
  });
});
