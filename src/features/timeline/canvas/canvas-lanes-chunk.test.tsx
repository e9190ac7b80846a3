import { render, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadedCanvasLanes, useCanvasLanesLoaded } from './canvas-lanes-chunk';
import { baseScale, dayToX } from '../timeline-scale';
import { timelineLayout } from '../timeline-layout';
import { stubMatchMedia } from '../../../test/stubs';

const props = {
  lanes: [],
  layout: timelineLayout([], 0, 0, true),
  dayToX: dayToX(baseScale({ startDay: 0, endDay: 365 }, 600)),
  width: 600,
  categoryColour: () => 'var(--color-cat-governance)',
};

describe('the canvas timeline chunk', () => {
  // jsdom has no matchMedia, which the canvas listens to for colour-scheme changes.
  beforeEach(() => {
    stubMatchMedia();
  });
  afterEach(() => vi.unstubAllGlobals());

  // One test, in order: the chunk is loaded once per page, so its state carries over.
  it('is not loaded until a large dataset wants it, then draws', async () => {
    const unwanted = renderHook(() => useCanvasLanesLoaded(false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unwanted.result.current).toMatchObject({ loaded: false, failed: false });
    expect(render(<LoadedCanvasLanes {...props} />).container.querySelector('canvas')).toBeNull();

    const wanted = renderHook(() => useCanvasLanesLoaded(true));
    await waitFor(() => expect(wanted.result.current).toMatchObject({ loaded: true, failed: false }));
    expect(render(<LoadedCanvasLanes {...props} />).container.querySelector('canvas')).not.toBeNull();
  });
});
