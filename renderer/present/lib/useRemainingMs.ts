/**
 * Milliseconds left until `endsAt`, re-computed from the clock a few times a second rather than
 * counted down, so a reloaded or late-opened screen shows the same time as the others.
 */
import { useEffect, useState } from 'react';

const TICK_MS = 200;

export function useRemainingMs(endsAt: string | null): number {
  const end = endsAt ? Date.parse(endsAt) : Number.NaN;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
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
