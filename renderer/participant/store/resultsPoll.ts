/**
 * Keeps "results so far" fresh on a phone that voted. The server pushes round changes, not
 * each vote (hundreds of phones times every vote would swamp the venue Wi-Fi), so while results
 * are shown and the page is in view, the state is re-read now and then, with jitter so the
 * phones of a room spread their reads.
 */
import { usePhone } from './phoneStore.ts';
import { refresh } from './session.ts';

const EVERY_MS = 20_000;

function showsResults(): boolean {
  const s = usePhone.getState();
  return s.phase === 'ready' && (s.state?.rounds ?? []).some((round) => round.results !== null);
}

export function pollShownResults(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    timer = setTimeout(
      () => {
        if (document.visibilityState === 'visible' && showsResults()) void refresh();
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
