import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubResizeObserver } from '../test/stubs';
import { LazySection } from './LazySection';

describe('LazySection', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows its placeholder while told to wait, then its content', () => {
    const { rerender } = render(
      <LazySection name="map" wait>
        <p>The map</p>
      </LazySection>,
    );
    expect(screen.getByText('Loading the map…')).toBeTruthy();
    rerender(
      <LazySection name="map">
        <p>The map</p>
      </LazySection>,
    );
    expect(screen.getByText('The map')).toBeTruthy();
  });

  it('below the fold, once laid out, sits in a box the browser may skip while off screen', () => {
    const layOut = stubResizeObserver();
    const { container } = render(
      <>
        <LazySection name="map" belowTheFold>
          <p>The map</p>
        </LazySection>
        <LazySection name="details">
          <p>The details</p>
        </LazySection>
      </>,
    );
    // Not before its first layout: the page would count it at a guessed height.
    expect(container.querySelectorAll('.skipped-off-screen')).toHaveLength(0);
    layOut();
    const skippable = container.querySelectorAll('.skipped-off-screen');
    expect(skippable).toHaveLength(1);
    expect(skippable[0]?.textContent).toBe('The map');
  });

  it('fails alone, with the section named', () => {
    stubResizeObserver();
    const Broken = () => {
      throw new Error('no topology');
    };
    // React logs the error it caught: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <LazySection name="map" belowTheFold>
        <Broken />
      </LazySection>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The map could not be shown.');
  });
});
