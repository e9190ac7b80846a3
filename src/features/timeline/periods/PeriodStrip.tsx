import { useMemo } from 'react';
import { fitPeriodLabels, type PeriodLayout } from './period-labels';
import { periodText, type PeriodMark } from './periods';
import { dayToX, type TimeScale } from '../timeline-scale';
import { useT } from '../../../i18n/use-t';

interface PeriodStripProps {
  marks: PeriodMark[];
  scale: TimeScale;
  width: number;
  top: number;
  rowHeight: number;
  selectedDecisionId: string | null;
  onSelect: (decisionId: string) => void;
}

/**
 * Periods set by the decisions. Those beyond the visible range (the terms from 2013, the
 * next summit) stand at the edge with an arrow, and come into place when zoomed out.
 */
export function PeriodStrip({ marks, scale, width, top, rowHeight, selectedDecisionId, onSelect }: PeriodStripProps) {
  const t = useT();
  // Rows are packed unzoomed; at this scale each label is fitted to the room its row leaves.
  const layouts = useMemo(
    () => fitPeriodLabels(marks, dayToX(scale), width),
    [marks, scale, width],
  );
  return (
    <g>
      {marks.map((mark, i) => {
        const layout = layouts[i];
        if (!layout) return null;
        const { side, box } = layout;
        const y = top + layout.row * rowHeight;
        const selected = mark.decisionId === selectedDecisionId;
        const text = periodText(mark);
        return (
          <g
            key={mark.id}
            className="timeline-mark svg-focusable"
            role="button"
            tabIndex={0}
            aria-label={t('period.label', { text, side, decision: mark.decisionTitle })}
            aria-current={selected ? 'true' : undefined}
            data-period-id={mark.id}
            onClick={() => onSelect(mark.decisionId)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                event.stopPropagation();
                onSelect(mark.decisionId);
              }
            }}
          >
            {side === 'within' ? (
              <>
                <rect
                  className="focus-ring"
                  x={box.x - 3}
                  y={y + 1}
                  width={box.width + 6}
                  height={rowHeight - 2}
                  rx={4}
                  fill="none"
                  stroke="var(--color-accent)"
                  strokeWidth={2}
                />
                <rect
                  x={box.x}
                  y={y + 5}
                  width={box.width}
                  height={rowHeight - 10}
                  rx={2}
                  fill="var(--color-period)"
                  stroke={selected ? 'var(--color-ink)' : 'none'}
                  strokeWidth={2}
                />
                <Label
                  layout={layout}
                  fullText={text}
                  y={y + rowHeight / 2 + 4}
                  fill={layout.inside ? 'var(--color-period-ink)' : 'var(--color-muted)'}
                />
              </>
            ) : (
              <EdgeMarker
                layout={layout}
                fullText={text}
                y={y}
                rowHeight={rowHeight}
                selected={selected}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

interface LabelProps {
  layout: PeriodLayout;
  fullText: string;
  y: number;
  fill: string;
}

/**
 * A mark's label as fitted, or nothing where none fits. A cut one carries its full text as a
 * title, shown on hover; inside the hidden text, so that screen readers, which have it from
 * the mark's aria-label, do not hear it again as a description.
 */
function Label({ layout, fullText, y, fill }: LabelProps) {
  if (!layout.text) return null;
  return (
    <text
      x={layout.textX}
      textAnchor={layout.anchor}
      y={y}
      fontSize={11}
      fill={fill}
      aria-hidden="true"
    >
      {layout.shortened && <title>{fullText}</title>}
      {layout.text}
    </text>
  );
}

interface EdgeMarkerProps {
  layout: PeriodLayout;
  fullText: string;
  y: number;
  rowHeight: number;
  selected: boolean;
}

/** A period beyond the plot: a dashed box at the edge. Without room, only its focus ring shows. */
function EdgeMarker({ layout, fullText, y, rowHeight, selected }: EdgeMarkerProps) {
  const { x, width } = layout.box;
  return (
    <>
      <rect
        className="focus-ring"
        x={x - 2}
        y={y}
        width={width + 4}
        height={rowHeight}
        rx={4}
        fill="none"
        stroke="var(--color-accent)"
        strokeWidth={2}
      />
      {layout.drawn && (
        <rect
          x={x}
          y={y + 2}
          width={width}
          height={rowHeight - 4}
          rx={3}
          fill="var(--color-panel)"
          stroke={selected ? 'var(--color-ink)' : 'var(--color-period)'}
          strokeWidth={selected ? 2 : 1}
          strokeDasharray={selected ? undefined : '4 2'}
        />
      )}
      <Label
        layout={layout}
        fullText={fullText}
        y={y + rowHeight / 2 + 4}
        fill="var(--color-ink)"
      />
    </>
  );
}
