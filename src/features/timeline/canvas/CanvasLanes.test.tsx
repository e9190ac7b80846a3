import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CanvasLanes } from './CanvasLanes';
import { baseScale, dayToX } from '../timeline-scale';
import { timelineLayout } from '../timeline-layout';
import { stubMatchMedia } from '../../../test/stubs';

/** A layout of `height` pixels: only its height matters to the canvas's store. */
const layoutOf = (height: number) => ({ ...timelineLayout([], 0, 0, true), height });
const toX = dayToX(baseScale({ startDay: 0, endDay: 365 }, 600));
const colour = () => 'var(--color-cat-governance)';

function storeHeight(container: HTMLElement): number {
  return parseFloat(container.querySelector('canvas')?.style.height ?? 'NaN');
}

describe('CanvasLanes', () => {
  // jsdom has no matchMedia (the canvas listens for colour-scheme changes) and no 2D context,
  // so the effect draws nothing: what is tested here is the store's size.
  beforeEach(() => {
    stubMatchMedia();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('grows its store in steps and keeps it when the timeline gets shorter', () => {
    const lanes = (height: number) => (
      <CanvasLanes lanes={[]} layout={layoutOf(height)} dayToX={toX} width={600} categoryColour={colour} />
    );
    const { container, rerender } = render(lanes(1200));
    expect(storeHeight(container)).toBe(1536);
    // A filter that shortens the timeline: the pixels stay allocated, only the view shrinks.
    rerender(lanes(300));
    expect(storeHeight(container)).toBe(1536);
    expect((container.firstElementChild as HTMLElement).style.height).toBe('300px');
    rerender(lanes(2000));
    expect(storeHeight(container)).toBe(2048);
  });

  it('hidden, it keeps its store and neither shows nor grows', () => {
    const lanes = (height: number, hidden: boolean) => (
      <CanvasLanes lanes={[]} layout={layoutOf(height)} dayToX={toX} width={600} categoryColour={colour} hidden={hidden} />
    );
    const { container, rerender } = render(lanes(1200, false));
    rerender(lanes(3000, true));
    expect((container.firstElementChild as HTMLElement).style.display).toBe('none');
    expect(storeHeight(container)).toBe(1536);
    rerender(lanes(1200, false));
    expect((container.firstElementChild as HTMLElement).style.display).toBe('');
    expect(storeHeight(container)).toBe(1536);
  });
});
