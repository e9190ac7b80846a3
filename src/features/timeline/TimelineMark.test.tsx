import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { TimelineMark } from './TimelineMark';
import { ROW_HEIGHT } from './timeline-layout';
import { baseScale, timelineDomain } from './timeline-scale';

const scale = baseScale(timelineDomain(realIndex.span, null, null), 1000);
const oneDay = realIndex.meetings.find((m) => m.startDay === m.endDay && !m.summit)!;
const summit = realIndex.meetings.find((m) => m.summit)!;

function renderMark(meeting = oneDay, compact = false) {
  const y = 100;
  const height = compact ? 9 : ROW_HEIGHT;
  const { container } = render(
    <svg>
      <TimelineMark
        meeting={meeting}
        label={meeting.title}
        shortLabel={meeting.title}
        labelRoom={{ left: 0, right: 0 }}
        scale={scale}
        y={y}
        height={height}
        compact={compact}
        selected={false}
        linked={false}
        tabbable
        onFocus={() => undefined}
        onSelect={() => undefined}
      />
    </svg>,
  );
  const mark = container.querySelector('g')!;
  const ring = mark.querySelector('rect.focus-ring')!;
  const box = (name: 'y' | 'height' | 'stroke-width') => Number(ring.getAttribute(name));
  // The ring's stroke is part of what it covers, on screen and for the pointer.
  const half = box('stroke-width') / 2;
  return { mark, ring, top: box('y') - half, bottom: box('y') + box('height') + half, y, height };
}

describe('TimelineMark', () => {
  it('draws a mark as a ring that is also its hit area, the symbol and nothing else when no label fits', () => {
    const { mark, ring } = renderMark();
    expect(mark.children).toHaveLength(2);
    expect(ring.getAttribute('fill')).toBe('transparent');
  });

  it('gives a row mark a target at least 24 px tall, its stroke included, inside its row', () => {
    const { top, bottom, y, height } = renderMark();
    expect(bottom - top).toBeGreaterThanOrEqual(24);
    expect(top).toBeGreaterThanOrEqual(y);
    expect(bottom).toBeLessThanOrEqual(y + height);
  });

  it('keeps the ring around a mark taller than its row: the summit, and a compact row', () => {
    for (const [meeting, compact] of [[summit, false], [oneDay, true]] as const) {
      const { mark, top, bottom } = renderMark(meeting, compact);
      // Both are drawn as bars: the summit spans two days, a compact row draws every meeting so.
      const bar = mark.querySelector('rect:not(.focus-ring)')!;
      const barTop = Number(bar.getAttribute('y'));
      expect(top).toBeLessThan(barTop);
      expect(bottom).toBeGreaterThan(barTop + Number(bar.getAttribute('height')));
    }
  });
});
