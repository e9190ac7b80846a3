import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapLegend } from './MapLegend';

describe('MapLegend', () => {
  it('reads the marker sizes as a phrase whose noun agrees with the last number', () => {
    const { rerender } = render(
      <MapLegend
        sizes={[
          [1, 4],
          [4, 8],
          [8, 12],
        ]}
        emptyRadius={3}
        showChanges={false}
      />,
    );
    expect(screen.getByText('1, 4, 8 meetings in a city')).toBeInTheDocument();
    // A reader's chronology with one meeting per city.
    rerender(<MapLegend sizes={[[1, 4]]} emptyRadius={3} showChanges={false} />);
    expect(screen.getByText('1 meeting in a city')).toBeInTheDocument();
  });
});
