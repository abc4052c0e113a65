/**
 * The published session grid on a phone: "My day" (the sessions this phone voted for, when and
 * where, two of them at the same time shown as a clash to choose from) and the whole programme
 * (slot by slot, a list of rooms). Each session can be marked "I'll attend", one per slot; the
 * facilitator's laptop counts heads from these marks. Updates when the grid changes (the
 * server's 'grid' event).
 */
import './programme.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneGrid } from '../../../shared/protocol.ts';
import { programmeOf } from '../lib/programme.ts';
import { forgetPhoneGrid, loadPhoneGrid, markAttendance, usePhoneGrid } from '../store/grid.ts';
import { usePhone } from '../store/phoneStore.ts';

type GridSlot = PhoneGrid['slots'][number];
type GridEntry = PhoneGrid['sessions'][number];

const times = (slot: Pick<GridSlot, 'start' | 'end'>) => `${slot.start}–${slot.end}`;

function AttendButton({
  session,
  attending,
  sending,
  compact,
}: {
  session: GridEntry;
  attending: boolean;
  sending: boolean;
  /** The whole programme: a round toggle beside the session, its words for screen readers only. */
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`attend${attending ? ' attend--on' : ''}${compact ? ' attend--compact' : ''}`}
      aria-pressed={attending}
      aria-busy={sending || undefined}
      onClick={() => void markAttendance(session.id, !attending)}
      data-testid="attend"
    >
      <span aria-hidden="true" className="attend__mark">
        {attending ? '✓' : '+'}
      </span>
      <span className={compact ? 'visually-hidden' : undefined}>{t('gridPhone.attend')}</span>
      <span className="visually-hidden">
        {' '}
        <bdi>{session.title}</bdi>
      </span>
    </button>
  );
}

function SessionItem({
  session,
  room,
  mine,
  attending,
  sending,
  compact = false,
}: {
  session: GridEntry;
  room: string;
  mine: boolean;
  attending: boolean;
  sending: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li
      className={`psession${attending ? ' psession--going' : ''}${compact ? ' psession--compact' : ''}`}
      data-testid="programme-session"
    >
      <p className="psession__room">
        <bdi>{room}</bdi>
        {mine ? <span className="psession__mine">{t('gridPhone.mine')}</span> : null}
      </p>
      <p className="psession__title">
        <bdi>{session.title}</bdi>
      </p>
      {session.host ? (
        <p className="psession__host">
          <bdi>{session.host}</bdi>
        </p>
      ) : null}
      <AttendButton session={session} attending={attending} sending={sending} compact={compact} />
    </li>
  );
}

function MyDay({ grid }: { grid: PhoneGrid }) {
  const { t } = useTranslation();
  const sending = usePhoneGrid((s) => s.sending);
  const { slots, mine, attending, roomName } = useMemo(() => programmeOf(grid), [grid]);
  const withPicks = slots.filter((s) => s.picked.length > 0);
  if (withPicks.length === 0)
    return (
      <p className="programme__empty" data-testid="my-day-empty">
        {grid.mine.length === 0 ? t('gridPhone.myDay.noVotes') : t('gridPhone.myDay.none')}
      </p>
    );
  return (
    <ol className="programme__slots" data-testid="my-day">
      {withPicks.map(({ slot, picked, clash }) => (
        <li key={slot.id} className={`pslot${clash ? ' pslot--clash' : ''}`} data-testid="my-day-slot">
          <h3 className="pslot__time">
            {times(slot)}
            {slot.label ? (
              <span className="pslot__label">
                {' · '}
                <bdi>{slot.label}</bdi>
              </span>
            ) : null}
          </h3>
          {clash ? (
            <p className="pslot__clash" data-testid="clash">
              {t('gridPhone.myDay.clash', { count: picked.filter((s) => mine.has(s.id)).length })}
            </p>
          ) : null}
          <ul className="pslot__sessions">
            {picked.map((s) => (
              <SessionItem
                key={s.id}
                session={s}
                room={roomName.get(s.roomId) ?? ''}
                mine={false}
                attending={attending.has(s.id)}
                sending={!!sending[s.id]}
              />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function WholeDay({ grid }: { grid: PhoneGrid }) {
  const { t } = useTranslation();
  const sending = usePhoneGrid((s) => s.sending);
  const { slots, mine, attending, roomName } = useMemo(() => programmeOf(grid), [grid]);
  return (
    <ol className="programme__slots" data-testid="whole-programme">
      {slots.map(({ slot, sessions }) => (
        <li key={slot.id} className="pslot">
          <h3 className="pslot__time">
            {times(slot)}
            {slot.label ? (
              <span className="pslot__label">
                {' · '}
                <bdi>{slot.label}</bdi>
              </span>
            ) : null}
          </h3>
          {sessions.length > 0 ? (
            <ul className="pslot__sessions">
              {sessions.map((s) => (
                <SessionItem
                  key={s.id}
                  session={s}
                  room={roomName.get(s.roomId) ?? ''}
                  mine={mine.has(s.id)}
                  attending={attending.has(s.id)}
                  sending={!!sending[s.id]}
                  compact
                />
              ))}
            </ul>
          ) : (
            <p className="programme__empty">{t('gridPhone.noSession')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function Programme() {
  const { t } = useTranslation();
  const published = usePhone((s) => s.state?.gridPublished ?? false);
  const grid = usePhoneGrid((s) => s.grid);
  const [view, setView] = useState<'mine' | 'all'>('mine');

  // Published (or taken down) since the last look: read the grid, or forget it.
  useEffect(() => {
    if (published) void loadPhoneGrid();
    else forgetPhoneGrid();
  }, [published]);

  if (!published || !grid) return null;
  return (
    <section className="card programme" aria-labelledby="programme-title" data-testid="programme">
      <h2 className="programme__title" id="programme-title">
        {t('gridPhone.title')}
      </h2>
      <p className="card__text">{t('gridPhone.lead')}</p>
      <fieldset className="programme__switch">
        <legend className="visually-hidden">{t('gridPhone.views')}</legend>
        <button type="button" aria-pressed={view === 'mine'} onClick={() => setView('mine')}>
          {t('gridPhone.myDay.title')}
        </button>
        <button type="button" aria-pressed={view === 'all'} onClick={() => setView('all')}>
          {t('gridPhone.whole')}
        </button>
      </fieldset>
      {view === 'mine' ? <MyDay grid={grid} /> : <WholeDay grid={grid} />}
    </section>
  );
}
