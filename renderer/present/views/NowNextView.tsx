/**
 * "Now and next" during the day: the slot running by this computer's clock (the laptop's, since
 * the projected screen is its window) with every room's session, and the next session slot.
 * A break or plenary in progress says so and until when; before the first slot, only what comes
 * next; after the last, that the sessions are over. The clock is read every 15 seconds.
 */
import './grid.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../shared/grid.ts';
import type { Room, Slot } from '../../../shared/schemas.ts';
import { nowAndNext, placedByCell, slotTimes } from './gridLayout.ts';
import { MessageView } from './MessageView.tsx';
import { useFitFont } from './useFitFont.ts';
import { useGridData } from './useGridData.ts';

/** Minutes since midnight by this computer's clock. */
function minuteOfDay(): number {
  const d = new Date();
  return d.getHours() * 60 + d.getMinutes();
}

function useMinuteOfDay(): number {
  const read = minuteOfDay;
  const [minute, setMinute] = useState(read);
  useEffect(() => {
    const timer = window.setInterval(() => setMinute(read()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return minute;
}

function SlotSessions({ grid, rooms, slot, testId }: { grid: Grid; rooms: Room[]; slot: Slot; testId: string }) {
  const { t } = useTranslation();
  const placed = placedByCell(grid);
  const rows = rooms.flatMap((room) => {
    const session = placed.get(`${room.id}|${slot.id}`);
    return session ? [{ room, session }] : [];
  });
  if (rows.length === 0) return <p className="pnow__empty">{t('gridScreen.noSession')}</p>;
  return (
    <ul className="pnow__list" data-testid={testId}>
      {rows.map(({ room, session }) => (
        <li key={room.id} className="pnow__item">
          <span className="pnow__room">
            <bdi>{room.name}</bdi>
          </span>
          <span className="pnow__title">
            <bdi>{session.title}</bdi>
          </span>
          {session.host ? (
            <span className="pnow__host">
              <bdi>{session.host}</bdi>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Column({
  label,
  slot,
  grid,
  rooms,
  note,
  testId,
}: {
  label: string;
  slot: Slot | null;
  grid: Grid;
  rooms: Room[];
  note: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <section
      className={`pnow__col pnow__col--${testId}`}
      aria-labelledby={`pnow-${testId}`}
      data-testid={`now-${testId}`}
    >
      <h2 className="pnow__heading" id={`pnow-${testId}`}>
        <span className="pnow__label">{label}</span>
        {slot ? <span className="pnow__times">{slotTimes(slot)}</span> : null}
      </h2>
      {slot && slot.kind !== 'session' ? (
        <p className="pnow__band">
          <bdi>{slot.label || t(`gridScreen.${slot.kind}`)}</bdi>
          <span className="pnow__until">{t('gridScreen.until', { time: slot.end })}</span>
        </p>
      ) : slot ? (
        <>
          {slot.label ? (
            <p className="pnow__slot-label">
              <bdi>{slot.label}</bdi>
            </p>
          ) : null}
          <SlotSessions grid={grid} rooms={rooms} slot={slot} testId={`${testId}-sessions`} />
        </>
      ) : null}
      {note ? <p className="pnow__note">{note}</p> : null}
    </section>
  );
}

export function NowNextView({ workshopId, workshopTitle }: { workshopId: string; workshopTitle: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { grid, rooms, slots, failed } = useGridData(workshopId);
  const minute = useMinuteOfDay();
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const at = useMemo(() => (slots ? nowAndNext(slots, minute) : null), [slots, minute]);
  const key = `${i18n.language}|${at?.now?.id}|${at?.next?.id}|${grid?.sessions.map((s) => `${s.id}${s.roomId}${s.slotId}${s.title}`).join()}`;
  const height = window.innerHeight || 720;
  const font = useFitFont(box, content, key, Math.max(10, height * 0.014), height * 0.055);

  if (failed) return <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />;
  if (!grid || !rooms || !slots || !at) return <MessageView title={t('present.loading')} />;
  if (!grid.publishedAt)
    return <MessageView title={t('gridScreen.unpublished.title')} text={t('gridScreen.unpublished.text')} />;

  const nowNote = at.now
    ? null
    : at.over
      ? t('gridScreen.over')
      : at.before
        ? t('gridScreen.notStarted', { time: slots[0]?.start ?? '' })
        : t('gridScreen.between');

  return (
    <section className="pnow" aria-labelledby="pnow-title" data-testid="now-view">
      <header className="pgrid__header">
        <h1 id="pnow-title" className="pgrid__heading">
          {t('gridScreen.nowTitle')}
        </h1>
        {workshopTitle ? (
          <p className="pgrid__workshop">
            <bdi>{workshopTitle}</bdi>
          </p>
        ) : null}
      </header>
      <div className="pnow__box" ref={box}>
        <div className="pnow__cols" ref={content} style={{ fontSize: `${font}px` }}>
          <Column label={t('gridScreen.now')} slot={at.now} grid={grid} rooms={rooms} note={nowNote} testId="now" />
          <Column
            label={t('gridScreen.next')}
            slot={at.next}
            grid={grid}
            rooms={rooms}
            note={at.next ? null : t('gridScreen.nothingNext')}
            testId="next"
          />
        </div>
      </div>
    </section>
  );
}
