/**
 * Small line icons for the share menu (decorative: every item has a text label). The button's
 * two are here; the items' icons load with the menu (ShareMenuItems.tsx).
 */
export const BUTTON_ICONS = {
  share: 'M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8 M16 6l-4-4-4 4 M12 2v13',
  chevron: 'M6 9l6 6 6-6',
} as const;

/** A 24 × 24 stroked icon from an SVG path. */
export function MenuIcon({ path, className = 'h-4 w-4' }: { path: string; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      <path d={path} />
    </svg>
  );
}
