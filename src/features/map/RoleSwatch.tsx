import { useId } from 'react';
import type { Role } from '../../data/schema';
import { RolePatterns, roleFill } from './RolePatterns';

/** A small sample of a role's fill and pattern, for the legend, the list and the panel. */
export function RoleSwatch({ role, size = 14 }: { role: Role | null; size?: number }) {
  const prefix = `swatch-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      className="inline-block shrink-0 align-[-2px]"
    >
      <RolePatterns prefix={prefix} />
      <rect
        x={0.5}
        y={0.5}
        width={size - 1}
        height={size - 1}
        rx={2}
        fill={roleFill(prefix, role)}
        stroke="var(--color-muted)"
        strokeWidth={1}
      />
    </svg>
  );
}
