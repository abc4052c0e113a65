/**
 * Milliseconds left until `endsAt`, re-computed from the clock a few times a second rather than
 * counted down, so a reloaded or late-opened screen shows the same time as the others.
 */
import { useLayoutEffect, useState } from 'react';

const TICK_MS = 200;

export function useRemainingMs(endsAt: string | null): number {
  const end = endsAt ? Date.parse(endsAt) : Number.NaN;
  const [now, setNow] = useState(() => Date.now());
  // A layout effect: the clock is reset before a new countdown is painted, so a countdown started
  // long after the last one ended never flashes a time computed from that old "now".
  useLayoutEffect(() => {
    if (Number.isNaN(end)) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= end) clearInterval(timer);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [end]);
  return Number.isNaN(end) ? 0 : Math.max(0, end - now);
}
