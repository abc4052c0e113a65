/**
 * The Grid stage: which vote gives the demand, the auto-schedule and its figures (attendance,
 * clashes, overflow, sessions left out and why), the grid's warnings, then the grid itself
 * (GridBoard: drag and drop, or the keyboard) and one session's details (SessionDialog: host,
 * lock, "move to…"). Rooms, slots and cells out of use are marked on the grid; "Re-run the room
 * choice only" gives the largest rooms to the largest head counts once phones mark attendance;
 * Publish shows the grid on phones and the projected screen.
 */
import './grid.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../../shared/grid.ts';
import type { Round } from '../../../../shared/voting.ts';
import { intlLocale } from '../../../shared/i18n/format.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { changeGrid, useGrid } from '../../store/grid.ts';
import { useParticipants } from '../../store/participants.ts';
import { useRooms } from '../../store/rooms.ts';
import { useRounds } from '../../store/rounds.ts';
import { paths } from '../../store/router.ts';
import { useSlots } from '../../store/slots.ts';
import { showToast } from '../../store/toasts.ts';
import { type Availability, GridBoard, type MoveOutcome } from './GridBoard.tsx';
import { GridIcon } from './GridIcons.tsx';
import { type Cell, type GridContext, percent, sessionSlots } from './gridModel.ts';
import { explanationText, gridError, gridNames, warningText } from './messages.ts';
import { SessionDialog } from './SessionDialog.tsx';

const NO_ROUNDS: Round[] = [];

/** An ISO instant as the time of day on this computer's clock ("14:02"). */
const clockTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

function Figure({
  label,
  value,
  hint,
  testId,
  tone,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
  tone?: 'warn';
}) {
  return (
    <div className={`gfigure${tone ? ` gfigure--${tone}` : ''}`}>
      <dt className="gfigure__label">{label}</dt>
      <dd className="gfigure__value" data-testid={testId}>
        {value}
      </dd>
      <dd className="gfigure__hint">{hint}</dd>
    </div>
  );
}

function Figures({ grid }: { grid: Grid }) {
  const { t } = useTranslation();
  const f = grid.figures;
  return (
    <dl className="gfigures" aria-label={t('grid.figures.title')}>
      <Figure
        label={t('grid.figures.attendance')}
        value={`${percent(f.attendance)} %`}
        hint={t('grid.figures.attendanceHint', { kept: f.keptPairs, total: f.totalPairs })}
        testId="figure-attendance"
      />
      <Figure
        label={t('grid.figures.clashes')}
        value={String(f.clashes)}
        hint={t('grid.figures.clashesHint', { count: f.clashes })}
        testId="figure-clashes"
        tone={f.clashes > 0 ? 'warn' : undefined}
      />
      <Figure
        label={t('grid.figures.overflow')}
        value={String(f.overflow)}
        hint={t('grid.figures.overflowHint', { count: f.overflowingSessions })}
        testId="figure-overflow"
        tone={f.overflow > 0 ? 'warn' : undefined}
      />
      <Figure
        label={t('grid.figures.unplaced')}
        value={String(f.unplaced)}
        hint={t('grid.figures.unplacedHint', { count: f.unplaced })}
        testId="figure-unplaced"
      />
    </dl>
  );
}

export function GridScreen({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const grid = useGrid((s) => (s.workshopId === workshopId ? s.grid : null));
  const status = useGrid((s) => s.status);
  const rooms = useRooms((s) => s.items);
  const slots = useSlots((s) => s.items);
  const participants = useParticipants((s) => s.items);
  const rounds = useRounds((s) => (s.workshopId === workshopId ? s.items : NO_ROUNDS));
  const [busy, setBusy] = useState<null | 'schedule' | 'rooms' | 'publish'>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);
  const [leftOutOpen, setLeftOutOpen] = useState(true);

  const ctx: GridContext | null = useMemo(() => (grid ? { grid, rooms, slots } : null), [grid, rooms, slots]);
  const names = useMemo(() => (ctx ? gridNames(ctx, t) : null), [ctx, t]);
  const warnedIds = useMemo(() => new Set(grid?.warnings.flatMap((w) => w.sessionIds) ?? []), [grid]);
  const counted = useMemo(() => grid?.sessions.some((s) => s.attending > 0) ?? false, [grid]);

  const place = useCallback(
    async (sessionId: string, target: Cell | null): Promise<boolean> => {
      const result = await changeGrid('grid:place', {
        workshopId,
        sessionId,
        roomId: target?.roomId ?? null,
        slotId: target?.slotId ?? null,
      });
      if (!result.ok) {
        showToast({ tone: 'error', message: gridError(result.error) });
        return false;
      }
      const after = result.value;
      // The card moved to another cell (a new element): a keyboard user keeps it in hand.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || !document.activeElement?.isConnected)
          document.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(sessionId)}"]`)?.focus();
      });
      const n = gridNames({ grid: after, rooms, slots }, t);
      const mine = after.warnings.filter((w) => w.sessionIds.includes(sessionId));
      setOutcome({
        text: target
          ? t('grid.moved.to', { title: n.title(sessionId), place: n.place(target) })
          : t('grid.moved.off', { title: n.title(sessionId) }),
        warnings: mine.map((w) => warningText(w, n, t)),
      });
      return true;
    },
    [workshopId, rooms, slots, t],
  );

  const update = useCallback(
    async (sessionId: string, patch: { hostParticipantId?: string | null; locked?: boolean }) => {
      const result = await changeGrid('grid:updateSession', { workshopId, sessionId, patch });
      if (!result.ok) showToast({ tone: 'error', message: gridError(result.error) });
    },
    [workshopId],
  );

  const availability = useCallback(
    async (change: Availability) => {
      const result = await changeGrid('grid:setAvailability', { workshopId, ...change });
      if (!result.ok) showToast({ tone: 'error', message: gridError(result.error) });
    },
    [workshopId],
  );

  const autoSchedule = async () => {
    setBusy('schedule');
    const result = await changeGrid('grid:autoSchedule', { workshopId });
    setBusy(null);
    if (!result.ok) {
      showToast({ tone: 'error', message: gridError(result.error) });
      return;
    }
    const { report } = result.value;
    setOutcome(null);
    setLeftOutOpen(true);
    showToast({
      tone: 'success',
      message: t('grid.report', {
        count: report.scheduled,
        attendance: percent(result.value.figures.attendance),
      }),
    });
  };

  const assignRooms = async () => {
    setBusy('rooms');
    const result = await changeGrid('grid:assignRooms', { workshopId });
    setBusy(null);
    if (!result.ok) showToast({ tone: 'error', message: gridError(result.error) });
    else showToast({ tone: 'success', message: t('grid.roomsAssigned') });
  };

  const publish = async (published: boolean) => {
    setBusy('publish');
    const result = await changeGrid('grid:publish', { workshopId, published });
    setBusy(null);
    if (!result.ok) showToast({ tone: 'error', message: gridError(result.error) });
    else showToast({ tone: 'success', message: t(published ? 'grid.publish.done' : 'grid.publish.undone') });
  };

  const setRound = async (roundId: string) => {
    const result = await changeGrid('grid:setRound', { workshopId, roundId: roundId || null });
    if (!result.ok) showToast({ tone: 'error', message: gridError(result.error) });
  };

  if (!grid || !ctx || !names) {
    return (
      <section className="panel grid-screen" aria-labelledby="grid-heading">
        <h2 className="visually-hidden" id="grid-heading">
          {t('grid.title')}
        </h2>
        {status === 'error' ? (
          <EmptyState icon="alert" title={t('grid.loadError')} level={3} />
        ) : (
          <div className="panel--loading" aria-busy="true" />
        )}
      </section>
    );
  }

  const noPlaces = rooms.length === 0 || sessionSlots(slots).length === 0;
  const placed = grid.sessions.some((s) => s.roomId);
  const published = grid.publishedAt !== null;
  const openSession = openId ? (grid.sessions.find((s) => s.id === openId) ?? null) : null;

  return (
    <div className="grid-screen">
      <section className="panel gpanel" aria-labelledby="grid-heading">
        <header className="panel__header panel__header--split gpanel__header">
          <div>
            <h2 className="panel__title" id="grid-heading" tabIndex={-1}>
              {t('grid.title')}
            </h2>
            <p className="panel__lead">{t('grid.lead')}</p>
          </div>
          <div className={`gpublish${published ? ' is-on' : ''}`} data-testid="grid-published">
            <GridIcon name="broadcast" size={18} />
            <span>
              {published
                ? t('grid.publish.on', { time: clockTime(grid.publishedAt ?? '', i18n.language) })
                : t('grid.publish.off')}
            </span>
          </div>
        </header>

        <div className="gpanel__controls">
          <SelectField
            label={t('grid.round.label')}
            hint={t('grid.round.hint')}
            value={grid.schedulingRoundId ?? ''}
            onChange={(e) => void setRound(e.target.value)}
            fieldClassName="gpanel__round"
            data-testid="grid-round"
          >
            {grid.schedulingRoundId === null ? <option value="">{t('grid.round.none')}</option> : null}
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {t('grid.round.option', { question: r.question, state: t(`vote.state.${r.state}`) })}
              </option>
            ))}
          </SelectField>
          <div className="gpanel__actions">
            <Button
              variant="primary"
              icon="refresh"
              onClick={() => void autoSchedule()}
              busy={busy === 'schedule'}
              disabled={noPlaces || busy !== null}
              data-testid="auto-schedule"
            >
              {t('grid.actions.autoSchedule')}
            </Button>
            <Button
              icon="users"
              onClick={() => void assignRooms()}
              busy={busy === 'rooms'}
              disabled={!placed || busy !== null}
              title={t('grid.actions.assignRoomsHint')}
            >
              {t('grid.actions.assignRooms')}
            </Button>
            <Button
              variant={published ? 'secondary' : 'primary'}
              icon={published ? 'eyeOff' : 'eye'}
              onClick={() => void publish(!published)}
              busy={busy === 'publish'}
              disabled={(!placed && !published) || busy !== null}
              data-testid="grid-publish"
            >
              {published ? t('grid.publish.unpublish') : t('grid.publish.publish')}
            </Button>
          </div>
        </div>

        {noPlaces ? (
          <EmptyState
            icon="calendar"
            title={t('grid.empty.title')}
            level={3}
            action={
              <a
                className="btn btn--secondary btn--md"
                href={paths.setup(workshopId, rooms.length === 0 ? 'rooms' : 'slots')}
              >
                {t('grid.empty.goToSetup')}
              </a>
            }
          >
            {t('grid.empty.text')}
          </EmptyState>
        ) : (
          <>
            <Figures grid={grid} />
            <div className="gpanel__lists">
              <section className="gwarnings" aria-labelledby="gwarnings-title" data-testid="grid-warnings">
                <h3 className="gpanel__subtitle" id="gwarnings-title">
                  {t('grid.warnings.title', { count: grid.warnings.length })}
                </h3>
                {grid.warnings.length > 0 ? (
                  <ul className="gwarnings__list">
                    {grid.warnings.map((w) => (
                      <li
                        key={`${w.kind}|${w.slotId}|${w.roomId}|${w.sessionIds.join()}`}
                        className={`gwarning gwarning--${w.kind}`}
                      >
                        <Icon name="alert" size={16} />
                        <span>{warningText(w, names, t)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="gpanel__none">{placed ? t('grid.warnings.none') : t('grid.warnings.empty')}</p>
                )}
              </section>
              {grid.explanations.length > 0 ? (
                <section className="gleftout" aria-labelledby="gleftout-title" data-testid="grid-left-out">
                  <h3 className="gpanel__subtitle">
                    <button
                      type="button"
                      className="disclosure"
                      id="gleftout-title"
                      aria-expanded={leftOutOpen}
                      aria-controls="gleftout-list"
                      onClick={() => setLeftOutOpen((o) => !o)}
                    >
                      <Icon name={leftOutOpen ? 'chevronDown' : 'chevronRight'} size={16} />
                      {t('grid.leftOut.title', { count: grid.explanations.length })}
                    </button>
                  </h3>
                  <ul className="gleftout__list" id="gleftout-list" hidden={!leftOutOpen}>
                    {grid.explanations.map((e) => (
                      <li key={e.sessionId}>
                        <span className="gleftout__title">
                          <bdi>{grid.sessions.find((s) => s.id === e.sessionId)?.title ?? '?'}</bdi>
                        </span>
                        <span className="gleftout__reason">{explanationText(e, names, t)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </div>
          </>
        )}
      </section>

      {!noPlaces ? (
        <GridBoard
          ctx={ctx}
          names={names}
          warnedIds={warnedIds}
          counted={counted}
          outcome={outcome}
          onOpen={setOpenId}
          onPlace={(id, target) => void place(id, target)}
          onAvailability={(change) => void availability(change)}
        />
      ) : null}

      <SessionDialog
        session={openSession}
        ctx={ctx}
        names={names}
        participants={participants}
        counted={counted}
        onClose={() => setOpenId(null)}
        onPlace={async (id, target) => {
          const ok = await place(id, target);
          if (ok) setOpenId(null);
          return ok;
        }}
        onHost={(id, participantId) => void update(id, { hostParticipantId: participantId })}
        onLock={(id, locked) => void update(id, { locked })}
      />
    </div>
  );
}
