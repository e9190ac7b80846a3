import type { Role } from '../../data/schema';

interface RolePatternsProps {
  /** Unique per SVG (from useId), so that the legend and the map keep their own patterns. */
  prefix: string;
  /** The map's zoom: patterns shrink as the map grows, so hatching keeps its spacing on screen. */
  zoom?: number;
}

/** A role's fill: members solid, the other roles a pattern over a light tint. */
export function roleFill(prefix: string, role: Role | null): string {
  if (role === null) return 'var(--map-none)';
  if (role === 'member') return 'var(--map-member)';
  return `url(#${prefix}-${role})`;
}

/** The pattern per role: diagonal lines for observers, dots for guests, cross-hatching for partners. */
export function RolePatterns({ prefix, zoom = 1 }: RolePatternsProps) {
  const scale = `scale(${1 / zoom})`;
  return (
    <defs>
      <pattern
        id={`${prefix}-observer`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${scale} rotate(45)`}
      >
        <rect width={6} height={6} fill="var(--map-observer)" />
        <line x1={0} y1={0} x2={0} y2={6} stroke="var(--map-observer-ink)" strokeWidth={2} />
      </pattern>
      <pattern
        id={`${prefix}-guest`}
        width={5}
        height={5}
        patternUnits="userSpaceOnUse"
        patternTransform={scale}
      >
        <rect width={5} height={5} fill="var(--map-guest)" />
        <circle cx={2.5} cy={2.5} r={1.25} fill="var(--map-guest-ink)" />
      </pattern>
      <pattern
        id={`${prefix}-dialogue-partner`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${scale} rotate(45)`}
      >
        <rect width={6} height={6} fill="var(--map-partner)" />
        <path d="M0 0V6M0 0H6" stroke="var(--map-partner-ink)" strokeWidth={1.4} />
      </pattern>
    </defs>
  );
}
