/**
 * The day at a glance: sessions, breaks and plenaries as blocks on a time line. Decorative for
 * screen readers (the list or summary next to it says the same in words).
 *
 * A plenary (the whole room together) spans the full height of the bar in its own colour;
 * sessions and breaks sit inside it. With `day`, the bar previews slots to be added: the day's
 * slots show as outlines behind them, and a new slot that would run into one (`clashing`) is
 * marked.
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

interface DayBarProps {
  slots: readonly Block[];
  /** The day as it is, drawn behind `slots` (which are then the ones to be added). */
  day?: readonly Block[];
  /** Slots of `slots` that overlap the day. */
  clashing?: ReadonlySet<Block>;
}

export function DayBar({ slots, day = [], clashing }: DayBarProps) {
  const { t, i18n } = useTranslation();
  const all = [...slots, ...day];
  if (all.length === 0) return null;
  const first = Math.min(...all.map((s) => toMinutes(s.start)));
  const last = Math.max(...all.map((s) => toMinutes(s.end)));
  const span = Math.max(last - first, 1);
  const pct = (m: number) => `${((m - first) / span) * 100}%`;
  // Hour ticks on the whole hours inside the day.
  const ticks: number[] = [];
  for (let h = Math.ceil(first / 60) * 60; h <= last; h += 60) ticks.push(h);
  let session = 0;
  const place = (s: Block) => {
    const start = toMinutes(s.start);
    const end = toMinutes(s.end);
    return { left: pct(start), width: pct(first + (end - start)) };
  };
  return (
    <div className={`daybar${day.length > 0 ? ' daybar--adding' : ''}`} aria-hidden="true">
      <div className="daybar__track">
        {day.map((s) => (
          <div
            key={`day-${s.start}-${s.end}-${s.kind}`}
            className={`daybar__block daybar__block--existing daybar__block--existing-${s.kind}`}
            style={place(s)}
            title={`${s.start}–${s.end} ${s.label || t(`slotKind.${s.kind}`)}`}
          />
        ))}
        {slots.map((s) => {
          const label =
            s.kind === 'session'
              ? s.label || `${++session}`
              : s.label || t(s.kind === 'break' ? 'slots.break' : 'slotKind.plenary');
          const clash = clashing?.has(s) ? ' daybar__block--clash' : '';
          return (
            <div
              key={`${s.start}-${s.end}-${s.kind}`}
              className={`daybar__block daybar__block--${s.kind}${label.length <= 2 ? ' daybar__block--short' : ''}${clash}`}
              style={place(s)}
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
