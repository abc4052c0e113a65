/**
 * The published session grid on the projected screen: rooms across, times down, breaks and
 * plenaries as bands across the whole width. Everything must be read from the back of the room
 * and nothing can be hovered, so the type is sized to fit the screen (useFitFont) with every
 * title whole: a title much longer than the others gets a smaller size of its own rather than
 * shrinking every cell. Shown only once the facilitator has published the grid.
 */
import './grid.css';
import { type CSSProperties, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../shared/grid.ts';
import type { Room, Slot } from '../../../shared/schemas.ts';
import { placedByCell, slotTimes, titleScales } from './gridLayout.ts';
import { MessageView } from './MessageView.tsx';
import { useFitFont } from './useFitFont.ts';
import { useGridData } from './useGridData.ts';

function GridTable({ grid, rooms, slots }: { grid: Grid; rooms: Room[]; slots: Slot[] }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const placed = useMemo(() => placedByCell(grid), [grid]);
  const scales = useMemo(() => titleScales([...placed.values()].map((p) => p.title)), [placed]);
  const key = useMemo(
    () =>
      [
        i18n.language,
        rooms.map((r) => `${r.id}:${r.name}`).join(','),
        slots.map((s) => `${s.id}:${s.start}:${s.end}:${s.label}:${s.kind}`).join(','),
        [...placed].map(([k, p]) => `${k}:${p.title}:${p.host}`).join(','),
      ].join('\n'),
    [i18n.language, rooms, slots, placed],
  );
  const height = window.innerHeight || 720;
  const font = useFitFont(box, table, key, Math.max(9, height * 0.011), height * 0.04);
  const off = new Set(grid.unavailable.roomIds);
  // A room with no session all day gets a narrow column: the others get its room for their titles.
  const used = new Set([...placed.keys()].map((k) => k.split('|')[0]));
  const weight = (room: Room) => (used.has(room.id) ? 1 : 0.4);
  const total = rooms.reduce((sum, r) => sum + weight(r), 0) || 1;

  return (
    <div className="pgrid__box" ref={box}>
      <table className="pgrid__table" ref={table} style={{ fontSize: `${font}px` }} data-testid="projected-grid">
        <caption className="visually-hidden">{t('gridScreen.caption')}</caption>
        <colgroup>
          <col className="pgrid__time-col" />
          {rooms.map((room) => (
            <col key={room.id} style={{ width: `${(92 * weight(room)) / total}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="pgrid__corner">
              <span className="visually-hidden">{t('gridScreen.time')}</span>
            </th>
            {rooms.map((room) => (
              <th key={room.id} scope="col" className="pgrid__room">
                <bdi>{room.name}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) =>
            slot.kind !== 'session' ? (
              <tr key={slot.id} className={`pgrid__band pgrid__band--${slot.kind}`}>
                <th scope="row" className="pgrid__time">
                  {slotTimes(slot)}
                </th>
                <td colSpan={rooms.length} className="pgrid__band-cell">
                  <bdi>{slot.label || t(`gridScreen.${slot.kind}`)}</bdi>
                </td>
              </tr>
            ) : (
              <tr key={slot.id}>
                <th scope="row" className="pgrid__time">
                  {slotTimes(slot)}
                </th>
                {rooms.map((room) => {
                  const session = placed.get(`${room.id}|${slot.id}`);
                  const unavailable =
                    off.has(room.id) ||
                    grid.unavailable.slotIds.includes(slot.id) ||
                    grid.unavailable.cells.some((c) => c.roomId === room.id && c.slotId === slot.id);
                  return (
                    <td
                      key={room.id}
                      className={`pgrid__cell${session ? '' : ' pgrid__cell--empty'}`}
                      data-testid="projected-cell"
                    >
                      {session ? (
                        <>
                          <span
                            className="pgrid__title"
                            style={{ '--title-scale': scales.get(session.title) ?? 1 } as CSSProperties}
                          >
                            <bdi>{session.title}</bdi>
                          </span>
                          {session.host ? (
                            <span className="pgrid__host">
                              <bdi>{session.host}</bdi>
                            </span>
                          ) : null}
                        </>
                      ) : (
                        <span className="pgrid__none">
                          {unavailable ? t('gridScreen.closed') : t('gridScreen.free')}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function GridView({ workshopId, workshopTitle }: { workshopId: string; workshopTitle: string | undefined }) {
  const { t } = useTranslation();
  const { grid, rooms, slots, failed } = useGridData(workshopId);

  if (failed) return <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />;
  if (!grid || !rooms || !slots) return <MessageView title={t('present.loading')} />;
  if (!grid.publishedAt)
    return <MessageView title={t('gridScreen.unpublished.title')} text={t('gridScreen.unpublished.text')} />;

  return (
    <section className="pgrid" aria-labelledby="pgrid-title" data-testid="grid-view">
      <header className="pgrid__header">
        <h1 id="pgrid-title" className="pgrid__heading">
          {t('gridScreen.title')}
        </h1>
        {workshopTitle ? (
          <p className="pgrid__workshop">
            <bdi>{workshopTitle}</bdi>
          </p>
        ) : null}
      </header>
      <GridTable grid={grid} rooms={rooms} slots={slots} />
    </section>
  );
}
