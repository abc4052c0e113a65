/**
 * Keeps "results so far" fresh on a phone that voted, and the place in line on a phone waiting to
 * be let in. The server pushes round changes and the moment a phone is let in, not each vote or
 * each move of the line (hundreds of phones times every vote would swamp the venue Wi-Fi), so
 * while either is shown and the page is in view, the state is re-read now and then, with jitter
 * so the phones of a room spread their reads.
 */
import { usePhone } from './phoneStore.ts';
import { refresh } from './session.ts';

const EVERY_MS = 20_000;

function worthReReading(): boolean {
  const s = usePhone.getState();
  if (s.phase !== 'ready' || !s.state) return false;
  return !s.state.admitted || s.state.rounds.some((round) => round.results !== null);
}

export function pollShownResults(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    timer = setTimeout(
      () => {
        if (document.visibilityState === 'visible' && worthReReading()) void refresh();
        schedule();
      },
      EVERY_MS * (0.75 + Math.random() * 0.5),
    );
  };
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
  };
}
