/**
 * A countdown in huge digits, from the end time the core set (a reload stays in sync), with a
 * thin bar for the time left. At zero: a soft chime, once, and a calm "time is up" — no flashing.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playChime } from '../lib/chime.ts';
import { formatClock } from '../lib/clock.ts';
import { useRemainingMs } from '../lib/useRemainingMs.ts';

/** Chimes when this screen sees the countdown reach zero; never for one that ended before it opened. */
function useChimeAtZero(endsAt: string | null, remainingMs: number): void {
  const sawRunning = useRef<string | null>(null);
  const chimed = useRef<string | null>(null);
  useEffect(() => {
    if (!endsAt) return;
    if (remainingMs > 0) sawRunning.current = endsAt;
    else if (sawRunning.current === endsAt && chimed.current !== endsAt) {
      chimed.current = endsAt;
      playChime();
    }
  }, [endsAt, remainingMs]);
}

export function CountdownView({ endsAt, seconds }: { endsAt: string | null; seconds: number | null }) {
  const { t } = useTranslation();
  const remainingMs = useRemainingMs(endsAt);
  useChimeAtZero(endsAt, remainingMs);
  const done = remainingMs <= 0;
  const fraction = seconds ? Math.min(1, remainingMs / (seconds * 1000)) : 0;
  const clock = formatClock(remainingMs);

  return (
    <section className={`countdown${done ? ' countdown--done' : ''}`} aria-labelledby="countdown-title">
      <h1 id="countdown-title" className="visually-hidden">
        {t('present.countdown.title')}
      </h1>
      <p className="countdown__clock" data-testid="countdown-clock" aria-hidden={done}>
        <time dateTime={`PT${Math.ceil(remainingMs / 1000)}S`}>{clock}</time>
      </p>
      <p className="countdown__done" role="status">
        {done ? t('present.countdown.done') : ''}
      </p>
      <div className="countdown__track" aria-hidden="true">
        <div className="countdown__fill" style={{ transform: `scaleX(${fraction})` }} />
      </div>
    </section>
  );
}
