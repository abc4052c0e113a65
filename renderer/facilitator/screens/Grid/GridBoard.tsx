/**
 * The grid itself: rooms across, times down, breaks and plenaries as bands across the whole
 * width (never a place to drop), and the sessions not on the grid in a tray beside it. Cards move
 * by drag and drop (dnd-kit) with the mouse, or with the keyboard: Space picks a card up, the
 * arrow keys go from cell to cell (over bands, cells out of use and locked sessions), Space or
 * Enter drops, Escape cancels. Dropping on a taken cell swaps the two sessions.
 *
 * While a card is carried, the bar above the grid says what dropping it here would do — a host
 * in two places, a room too small, voters who lose a session, attendance before and after —
 * worked out in the renderer (gridModel.ts, from `demandVoters`); once dropped, it says what the
 * core answered. Screen readers hear the same through dnd-kit's announcements.
 */
import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridSession } from '../../../../shared/grid.ts';
import { Icon } from '../../components/Icon.tsx';
import { GridIcon } from './GridIcons.tsx';
import {
  type Cell,
  cellDndId,
  checkDrop,
  type GridCell,
  type GridContext,
  gridRows,
  type MovePreview,
  percent,
  previewMove,
  slotTimes,
  TRAY_ID,
  targetOfDndId,
  unplacedSessions,
} from './gridModel.ts';
import { type GridNames, refusalText, warningText } from './messages.ts';
import { CardOverlay, SessionCard } from './SessionCard.tsx';

/** What the status bar says once the core answered a move. */
export interface MoveOutcome {
  text: string;
  warnings: string[];
}

export interface Availability {
  roomId?: string;
  slotId?: string;
  available: boolean;
}

interface GridBoardProps {
  ctx: GridContext;
  names: GridNames;
  warnedIds: ReadonlySet<string>;
  counted: boolean;
  outcome: MoveOutcome | null;
  onOpen: (sessionId: string) => void;
  onPlace: (sessionId: string, target: Cell | null) => void;
  onAvailability: (change: Availability) => void;
}

const ARROWS: string[] = [KeyboardCode.Up, KeyboardCode.Down, KeyboardCode.Left, KeyboardCode.Right];

/**
 * Arrow keys go to the nearest drop zone in that direction, preferring the same row (left and
 * right) or the same column (up and down): from cell to cell, and from the last column to the tray.
 */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  // From the zone it is over (its own cell at first), not from the card, which sits a little off
  // its cell's centre: the cell it is in is never the next one.
  const from = (over && droppableRects.get(over.id)) ?? collisionRect;
  const cx = from.left + from.width / 2;
  const cy = from.top + from.height / 2;
  let best: { rect: { left: number; top: number; width: number; height: number }; score: number } | null = null;
  for (const entry of droppableContainers.getEnabled()) {
    if (!entry || entry.disabled || entry.id === over?.id) continue;
    const rect = droppableRects.get(entry.id);
    if (!rect) continue;
    const dx = rect.left + rect.width / 2 - cx;
    const dy = rect.top + rect.height / 2 - cy;
    const [along, across] =
      event.code === KeyboardCode.Right
        ? [dx, dy]
        : event.code === KeyboardCode.Left
          ? [-dx, dy]
          : event.code === KeyboardCode.Down
            ? [dy, dx]
            : [-dy, dx];
    if (along <= 4) continue;
    const score = along + 4 * Math.abs(across);
    if (!best || score < best.score) best = { rect, score };
  }
  if (!best) return undefined;
  return {
    x: best.rect.left + (best.rect.width - collisionRect.width) / 2,
    y: best.rect.top + (best.rect.height - collisionRect.height) / 2,
  };
};

/** The pointer's cell when a mouse carries the card; the nearest zone to the card when the keyboard does. */
const collisions: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

interface CellProps {
  cell: GridCell;
  names: GridNames;
  warned: boolean;
  counted: boolean;
  hover: 'ok' | 'warn' | 'refused' | null;
  onOpen: (sessionId: string) => void;
  onAvailability: (change: Availability) => void;
}

const GridCellView = memo(function GridCellView({
  cell,
  names,
  warned,
  counted,
  hover,
  onOpen,
  onAvailability,
}: CellProps) {
  const { t } = useTranslation();
  const takesDrops = !cell.unavailable && !cell.session?.locked;
  const { setNodeRef } = useDroppable({ id: cellDndId(cell), disabled: !takesDrops });
  const place = names.place(cell);
  return (
    <td
      ref={setNodeRef}
      className={`gcell${cell.unavailable ? ' gcell--off' : ''}${hover ? ` gcell--${hover}` : ''}`}
      data-testid="grid-cell"
      data-room-id={cell.roomId}
      data-slot-id={cell.slotId}
    >
      {cell.session ? (
        <SessionCard session={cell.session} warned={warned} counted={counted} onOpen={onOpen} />
      ) : cell.unavailable ? (
        <span className="gcell__off">
          <GridIcon name="ban" size={15} />
          {t('grid.table.outOfUse')}
        </span>
      ) : null}
      {cell.unavailable === 'cell' ? (
        <button
          type="button"
          className="gcell__toggle gcell__toggle--on"
          aria-label={t('grid.table.unmarkCell', { place })}
          title={t('grid.table.unmarkCell', { place })}
          onClick={() => onAvailability({ ...cell, available: true })}
        >
          <Icon name="restore" size={15} />
        </button>
      ) : !cell.session && !cell.unavailable ? (
        <button
          type="button"
          className="gcell__toggle"
          aria-label={t('grid.table.markCell', { place })}
          title={t('grid.table.markCell', { place })}
          onClick={() => onAvailability({ ...cell, available: false })}
        >
          <GridIcon name="ban" size={15} />
        </button>
      ) : null}
    </td>
  );
});

function Tray({
  sessions,
  warnedIds,
  counted,
  dropping,
  onOpen,
}: {
  sessions: GridSession[];
  warnedIds: ReadonlySet<string>;
  counted: boolean;
  dropping: boolean;
  onOpen: (sessionId: string) => void;
}) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: TRAY_ID });
  return (
    <section
      ref={setNodeRef}
      className={`gtray${dropping ? ' gtray--dropping' : ''}`}
      aria-labelledby="gtray-title"
      data-testid="grid-tray"
    >
      <header className="gtray__head">
        <h3 className="gtray__title" id="gtray-title">
          {t('grid.tray.title')}
        </h3>
        <span className="gtray__count">{sessions.length}</span>
      </header>
      <p className="gtray__lead">{t('grid.tray.lead')}</p>
      {sessions.length > 0 ? (
        <ul className="gtray__list">
          {sessions.map((s) => (
            <li key={s.id}>
              <SessionCard session={s} warned={warnedIds.has(s.id)} counted={counted} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="gtray__empty">{t('grid.tray.empty')}</p>
      )}
    </section>
  );
}

function FigureDelta({
  label,
  before,
  after,
  unit = '',
}: {
  label: string;
  before: number;
  after: number;
  unit?: string;
}) {
  const tone = after === before ? '' : (label === 'attendance' ? after > before : after < before) ? ' up' : ' down';
  return (
    <span className={`gstatus__delta${tone}`}>
      {before}
      {unit} → {after}
      {unit}
    </span>
  );
}

/** What the bar above the grid says while a card is carried. */
function PreviewBar({ preview, names, title }: { preview: MovePreview | null; names: GridNames; title: string }) {
  const { t } = useTranslation();
  if (!preview) {
    return (
      <div className="gstatus gstatus--carrying" data-testid="drag-preview">
        <p className="gstatus__line">{t('grid.preview.carrying', { title })}</p>
      </div>
    );
  }
  const { check, figures, before } = preview;
  const warn = preview.warnings.length > 0;
  return (
    <div
      className={`gstatus ${!check.ok ? 'gstatus--refused' : warn ? 'gstatus--warn' : 'gstatus--ok'}`}
      data-testid="drag-preview"
    >
      <p className="gstatus__line">
        <strong>{names.place(preview.target)}</strong>
        {check.ok && check.swapWith ? ` · ${t('grid.preview.swap', { title: names.title(check.swapWith.id) })}` : ''}
      </p>
      {!check.ok ? (
        <p className="gstatus__line">{refusalText(check.reason, t)}</p>
      ) : (
        <>
          {warn ? (
            <ul className="gstatus__warnings">
              {preview.warnings.map((w) => (
                <li key={`${w.kind}|${w.slotId}|${w.roomId}|${w.sessionIds.join()}`}>
                  <Icon name="alert" size={15} />
                  {warningText(w, names, t, 'would')}
                </li>
              ))}
            </ul>
          ) : (
            <p className="gstatus__line">{t('grid.preview.noWarning')}</p>
          )}
          {figures ? (
            <p className="gstatus__figures">
              {t('grid.figures.attendance')}{' '}
              <FigureDelta
                label="attendance"
                before={percent(before.attendance)}
                after={percent(figures.attendance)}
                unit="%"
              />
              {' · '}
              {t('grid.figures.clashes')}{' '}
              <FigureDelta label="clashes" before={before.clashes} after={figures.clashes} />
              {' · '}
              {t('grid.figures.overflow')}{' '}
              <FigureDelta label="overflow" before={before.overflow} after={figures.overflow} />
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

function OutcomeBar({ outcome }: { outcome: MoveOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) {
    return (
      <div className="gstatus gstatus--idle" data-testid="move-outcome">
        <p className="gstatus__line">{t('grid.preview.idle')}</p>
      </div>
    );
  }
  return (
    <div
      className={`gstatus ${outcome.warnings.length > 0 ? 'gstatus--warn' : 'gstatus--ok'}`}
      data-testid="move-outcome"
    >
      <p className="gstatus__line">{outcome.text}</p>
      {outcome.warnings.length > 0 ? (
        <ul className="gstatus__warnings">
          {outcome.warnings.map((w) => (
            <li key={w}>
              <Icon name="alert" size={15} />
              {w}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function GridBoard({
  ctx,
  names,
  warnedIds,
  counted,
  outcome,
  onOpen,
  onPlace,
  onAvailability,
}: GridBoardProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  // The bar above the grid keeps the height it had when the card was picked up, its preview laid
  // over the grid's top: the cells must not move while a card is carried (dnd-kit measured them).
  const statusRef = useRef<HTMLDivElement>(null);
  const [frozenHeight, setFrozenHeight] = useState<number | null>(null);
  const rows = useMemo(() => gridRows(ctx), [ctx]);
  const tray = useMemo(() => unplacedSessions(ctx.grid), [ctx.grid]);
  const active = activeId ? (ctx.grid.sessions.find((s) => s.id === activeId) ?? null) : null;

  const preview = useMemo(() => {
    if (!activeId) return null;
    const target = targetOfDndId(overId);
    if (target === undefined) return null;
    return previewMove(ctx, activeId, target, ctx.grid.figures);
  }, [ctx, activeId, overId]);

  // Announcements read the latest data, whatever render they were made in.
  const latest = useRef({ ctx, names });
  latest.current = { ctx, names };
  const describeOver = useCallback(
    (sessionId: string, overDndId: string | number | null | undefined): string => {
      const { ctx: c, names: n } = latest.current;
      const target = targetOfDndId(overDndId);
      if (target === undefined) return t('grid.dnd.overNothing');
      const p = previewMove(c, sessionId, target, c.grid.figures);
      const where = n.place(target);
      if (!p.check.ok) return `${where}. ${refusalText(p.check.reason, t)}`;
      const swap = p.check.swapWith ? ` ${t('grid.preview.swap', { title: n.title(p.check.swapWith.id) })}.` : '';
      const effects =
        p.warnings.length > 0
          ? p.warnings.map((w) => warningText(w, n, t, 'would')).join(' ')
          : t('grid.preview.noWarning');
      return `${where}.${swap} ${effects}`;
    },
    [t],
  );

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active: a }) => t('grid.dnd.start', { title: latest.current.names.title(String(a.id)) }),
      onDragOver: ({ active: a, over }) => describeOver(String(a.id), over?.id),
      onDragMove: () => undefined,
      onDragEnd: ({ active: a, over }) => {
        const target = targetOfDndId(over?.id);
        const title = latest.current.names.title(String(a.id));
        if (target === undefined) return t('grid.dnd.cancel', { title });
        const check = checkDrop(latest.current.ctx.grid, String(a.id), target);
        if (!check.ok) return `${refusalText(check.reason, t)} ${t('grid.dnd.cancel', { title })}`;
        return t('grid.dnd.end', { title, place: latest.current.names.place(target) });
      },
      onDragCancel: ({ active: a }) => t('grid.dnd.cancel', { title: latest.current.names.title(String(a.id)) }),
    }),
    [t, describeOver],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: cellKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      scrollBehavior: 'auto',
    }),
  );

  const onDragStart = ({ active: a }: DragStartEvent) => {
    setFrozenHeight(statusRef.current?.offsetHeight ?? null);
    setActiveId(String(a.id));
    setOverId(null);
  };
  const onDragOver = ({ over }: DragOverEvent) => setOverId(over ? String(over.id) : null);
  const finish = () => {
    setFrozenHeight(null);
    setActiveId(null);
    setOverId(null);
  };
  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    finish();
    const target = targetOfDndId(over?.id);
    if (target === undefined) return;
    const check = checkDrop(ctx.grid, String(a.id), target);
    if (check.ok) onPlace(String(a.id), target);
  };

  const hoverOf = (cell: GridCell): CellProps['hover'] => {
    if (!preview?.target || preview.target.roomId !== cell.roomId || preview.target.slotId !== cell.slotId) return null;
    return !preview.check.ok ? 'refused' : preview.warnings.length > 0 ? 'warn' : 'ok';
  };

  const roomCount = ctx.rooms.length;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      // Scroll while carrying only near the very edge: the top rows sit just under the app's bar.
      autoScroll={{ threshold: { x: 0.08, y: 0.08 } }}
      // The arrow keys scroll the page to keep the card in view: measure the cells again as it
      // scrolls, or the card would be judged over the cell that was under it before.
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('grid.dnd.instructions') },
      }}
    >
      <div className="gboard">
        <div className="gboard__main">
          <div
            ref={statusRef}
            className={`gboard__status${active ? ' gboard__status--floating' : ''}`}
            style={active && frozenHeight !== null ? { height: frozenHeight } : undefined}
          >
            {active ? (
              <PreviewBar preview={preview} names={names} title={names.title(active.id)} />
            ) : (
              <OutcomeBar outcome={outcome} />
            )}
          </div>
          {/* What the core answered a move, said once (the bar above changes on every cell while carrying). */}
          <p className="visually-hidden" role="status">
            {!active && outcome ? [outcome.text, ...outcome.warnings].join(' ') : ''}
          </p>
          <div className="gboard__scroll">
            <table className="gtable" aria-describedby={`${ids}-how`} data-testid="grid-table">
              <caption className="visually-hidden">{t('grid.table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="gtable__corner">
                    {t('grid.table.time')}
                  </th>
                  {ctx.rooms.map((room) => {
                    const off = ctx.grid.unavailable.roomIds.includes(room.id);
                    const label = t(off ? 'grid.table.unmarkRoom' : 'grid.table.markRoom', {
                      room: names.room(room.id),
                    });
                    return (
                      <th key={room.id} scope="col" className={`gtable__room${off ? ' is-off' : ''}`}>
                        <span className="gtable__room-name">
                          <bdi>{room.name}</bdi>
                        </span>
                        <span className="gtable__room-seats">
                          {room.capacity === null
                            ? t('grid.table.anySize')
                            : t('grid.table.seats', { count: room.capacity })}
                          {off ? ` · ${t('grid.table.outOfUse')}` : ''}
                        </span>
                        <button
                          type="button"
                          className="gtable__toggle"
                          aria-pressed={off}
                          aria-label={label}
                          title={label}
                          onClick={() => onAvailability({ roomId: room.id, available: off })}
                        >
                          <GridIcon name="ban" size={15} />
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  if (row.kind === 'band') {
                    return (
                      <tr key={row.slot.id} className={`gtable__band gtable__band--${row.slot.kind}`}>
                        <th scope="row" className="gtable__time">
                          {slotTimes(row.slot)}
                        </th>
                        <td colSpan={roomCount} className="gtable__band-cell">
                          <Icon name={row.slot.kind === 'break' ? 'coffee' : 'users'} size={15} />
                          <bdi>{row.slot.label || t(`grid.table.${row.slot.kind}`)}</bdi>
                        </td>
                      </tr>
                    );
                  }
                  const label = t(row.unavailable ? 'grid.table.unmarkSlot' : 'grid.table.markSlot', {
                    slot: slotTimes(row.slot),
                  });
                  return (
                    <tr key={row.slot.id}>
                      <th scope="row" className={`gtable__time${row.unavailable ? ' is-off' : ''}`}>
                        <span className="gtable__times">{slotTimes(row.slot)}</span>
                        {row.slot.label ? (
                          <span className="gtable__slot-label">
                            <bdi>{row.slot.label}</bdi>
                          </span>
                        ) : null}
                        <button
                          type="button"
                          className="gtable__toggle"
                          aria-pressed={row.unavailable}
                          aria-label={label}
                          title={label}
                          onClick={() => onAvailability({ slotId: row.slot.id, available: row.unavailable })}
                        >
                          <GridIcon name="ban" size={15} />
                        </button>
                      </th>
                      {row.cells.map((cell) => (
                        <GridCellView
                          key={cell.roomId}
                          cell={cell}
                          names={names}
                          warned={!!cell.session && warnedIds.has(cell.session.id)}
                          counted={counted}
                          hover={hoverOf(cell)}
                          onOpen={onOpen}
                          onAvailability={onAvailability}
                        />
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="gboard__how" id={`${ids}-how`}>
            {t('grid.table.how')}
          </p>
        </div>
        <Tray
          sessions={tray}
          warnedIds={warnedIds}
          counted={counted}
          dropping={!!activeId && overId === TRAY_ID}
          onOpen={onOpen}
        />
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <CardOverlay session={active} counted={counted} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
