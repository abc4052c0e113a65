/** The board's own glyphs, drawn like components/Icon.tsx (24×24, 1.75 stroke, decorative). */
import type { SVGProps } from 'react';

const PATHS = {
  /** Six dots: what can be picked up and moved. */
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  /** Two cards coming apart: ungroup. */
  ungroup: 'M4 4h9v9H4zM11 11h9v9h-9',
  /** Two arrows meeting: merge. */
  merge: 'M6 4v5a4 4 0 0 0 4 4h4a4 4 0 0 1 4 4v3M18 4v5a4 4 0 0 1-4 4M6 20v-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  sparkle: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5 18 18M6 18l2.5-2.5M15.5 8.5 18 6',
  palette:
    'M12 21a9 9 0 1 1 9-9c0 2-1.5 3-3 3h-2a2 2 0 0 0-1.5 3.3c.4.5.5 1.1.2 1.6-.5.7-1.6 1.1-2.7 1.1zM7.5 11h.01M10 7h.01M14.5 7h.01M17 11h.01',
} as const;

export type GroupIconName = keyof typeof PATHS;

export function GroupIcon({
  name,
  size = 18,
  ...rest
}: { name: GroupIconName; size?: number } & Omit<SVGProps<SVGSVGElement>, 'name'>) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'grip' ? 3 : 1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
