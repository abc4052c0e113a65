/**
 * The room bar: the controls a facilitator reaches for while the room is live, on every workshop
 * screen (Setup, Topics, Vote and the stages after them). Docked at the bottom of the window, so
 * it stays in reach however far a list is scrolled: whether phones can join and how many have,
 * what the projected screen shows (J T R C B), and the proposals waiting from phones; a badge on
 * Phones counts the phones waiting beyond the voter ceiling, so it is seen from any screen. The phones
 * and proposals buttons open the room panel beside the screen (RoomPanel.tsx).
 */
import './room.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../shared/voting.ts';
import { Icon } from '../components/Icon.tsx';
import { loadJoin, useLan } from '../store/lan.ts';
import { defaultRound, useRounds, useSelectedRound } from '../store/rounds.ts';
import { useSuggestions } from '../store/suggestions.ts';
import { ProjectorControls } from './ProjectorControls.tsx';
import { openRoomPanel, ROOM_PANEL_ID, useRoomPanel } from './panel.ts';
import { useFit } from './useFit.ts';

// One empty list, so the selector below returns the same value while another workshop's rounds load.
const NO_ROUNDS: Round[] = [];

/** The round the projected screen's Results view shows: the one selected on the Vote screen, else the default. */
function useResultsRound(workshopId: string): string | null {
  const rounds = useRounds((s) => (s.workshopId === workshopId ? s.items : NO_ROUNDS));
  const selectedId = useSelectedRound((s) => s.roundId);
  return (rounds.find((r) => r.id === selectedId) ?? defaultRound(rounds))?.id ?? null;
}

function PhonesButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const running = useLan((s) => !!s.status?.running);
  const joined = useLan((s) => (s.join?.workshopId === workshopId ? s.join.joined : null));
  const waiting = useLan((s) => (s.join?.workshopId === workshopId ? s.join.waiting : 0));
  const panelOpen = useRoomPanel((s) => s.open);

  // The joined count needs the join details; they are read once the server runs (a code is made
  // on first ask, so a workshop nobody opens to phones gets none), then kept fresh by sync.ts.
  useEffect(() => {
    if (running) void loadJoin(workshopId);
  }, [running, workshopId]);

  return (
    <button
      type="button"
      className={`roombar__button roombar__phones ${running ? 'is-on' : ''}`}
      aria-expanded={panelOpen}
      aria-controls={panelOpen ? ROOM_PANEL_ID : undefined}
      title={t('room.phones.hint')}
      onClick={(e) => openRoomPanel('phones', e.currentTarget)}
      data-testid="room-phones"
    >
      <Icon name="phone" size={17} className="roombar__icon" />
      <span className="roombar__button-label">{t('room.phones.button')}</span>
      <span className="roombar__state">
        <span className="roombar__dot" aria-hidden="true" />
        {running ? t('room.phones.on') : t('room.phones.off')}
      </span>
      {running && joined !== null ? (
        <span className="roombar__joined" data-testid="room-joined">
          {t('room.phones.joined', { count: joined })}
        </span>
      ) : null}
      {running && waiting > 0 ? (
        // Phones beyond the voter ceiling wait for the facilitator: seen from any screen.
        <span className="count-pill count-pill--waiting" title={t('room.phones.waiting', { count: waiting })}>
          <span aria-hidden="true">{waiting}</span>
          <span className="visually-hidden" data-testid="room-waiting">
            {t('room.phones.waiting', { count: waiting })}
          </span>
        </span>
      ) : null}
    </button>
  );
}

function ProposalsButton() {
  const { t } = useTranslation();
  const pending = useSuggestions((s) => s.items.filter((x) => x.state === 'pending').length);
  const panelOpen = useRoomPanel((s) => s.open);
  return (
    <button
      type="button"
      className={`roombar__button roombar__proposals ${pending > 0 ? 'has-pending' : ''}`}
      aria-expanded={panelOpen}
      aria-controls={panelOpen ? ROOM_PANEL_ID : undefined}
      aria-label={pending > 0 ? t('room.proposals.pending', { count: pending }) : undefined}
      title={t('room.proposals.hint')}
      onClick={(e) => openRoomPanel('queue', e.currentTarget)}
      data-testid="room-proposals"
    >
      <Icon name="inbox" size={17} className="roombar__icon" />
      <span className="roombar__button-label">{t('room.proposals.button')}</span>
      {pending > 0 ? (
        <span className="count-pill" aria-hidden="true">
          {pending}
        </span>
      ) : null}
    </button>
  );
}

/** How many levels the bar can fold to stay on one line (room.css says what each one hides). */
const FIT_LEVELS = 6;

export function RoomBar({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const roundId = useResultsRound(workshopId);
  // What changes the bar's width, so it is fitted again when any of them does.
  const running = useLan((s) => !!s.status?.running);
  const joined = useLan((s) => (s.join?.workshopId === workshopId ? s.join.joined : null));
  const waiting = useLan((s) => (s.join?.workshopId === workshopId ? s.join.waiting : 0));
  const pending = useSuggestions((s) => s.items.filter((x) => x.state === 'pending').length);
  const inner = useRef<HTMLDivElement>(null);
  const fit = useFit(inner, `${i18n.language} ${running} ${joined} ${waiting} ${pending}`, FIT_LEVELS);

  return (
    <section className={`roombar roombar--fit-${fit}`} aria-label={t('room.label')}>
      <div className="container roombar__inner" ref={inner}>
        <span className="roombar__name" aria-hidden="true">
          {t('room.name')}
        </span>
        <PhonesButton workshopId={workshopId} />
        <span className="roombar__divider" aria-hidden="true" />
        <ProjectorControls workshopId={workshopId} roundId={roundId} />
        <span className="roombar__divider" aria-hidden="true" />
        <ProposalsButton />
      </div>
    </section>
  );
}
