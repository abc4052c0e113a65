/**
 * The day at a glance: sessions and breaks as blocks on a time line. Decorative for screen
 * readers (the list or summary next to it says the same in words).
 */
import { useTranslation } from 'react-i18next';
import type { SlotKind } from '../../../../shared/schemas.ts';
import { formatTime, toMinutes } from '../../../shared/i18n/format.ts';

interface Block {
  start: string;
  end: string;
  kind: SlotKind;
  label: string;
}

export function DayBar({ slots }: { slots: readonly Block[] }) {
  const { t, i18n } = useTranslation();
  if (slots.length === 0) return null;
  const first = Math.min(...slots.map((s) => toMinutes(s.start)));
  const last = Math.max(...slots.map((s) => toMinutes(s.end)));
  const span = Math.max(last - first, 1);
  const pct = (m: number) => `${((m - first) / span) * 100}%`;
  // Hour ticks on the whole hours inside the day.
  const ticks: number[] = [];
  for (let h = Math.ceil(first / 60) * 60; h <= last; h += 60) ticks.push(h);
  let session = 0;
  return (
    <div className="daybar" aria-hidden="true">
      <div className="daybar__track">
        {slots.map((s) => {
          const start = toMinutes(s.start);
          const end = toMinutes(s.end);
          const label = s.kind === 'session' ? s.label || `${++session}` : s.label || t('slots.break');
          return (
            <div
              key={`${s.start}-${s.end}-${s.kind}`}
              className={`daybar__block daybar__block--${s.kind}${label.length <= 2 ? ' daybar__block--short' : ''}`}
              style={{ left: pct(start), width: pct(first + (end - start)) }}
              title={`${s.start}–${s.end} ${label}`}
            >
              <span>{label}</span>
            </div>
          );
        })}
      </div>
      <div className="daybar__ticks">
        {ticks.map((m) => (
          <span key={m} className="daybar__tick" style={{ left: pct(m) }}>
            {formatTime(`${String(Math.floor(m / 60)).padStart(2, '0')}:00`, i18n.language)}
          </span>
        ))}
      </div>
    </div>
  );
}
