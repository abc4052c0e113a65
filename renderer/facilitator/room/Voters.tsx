/**
 * Who votes, in the phones panel: phones let in against the participants expected (an odd number
 * shows at a glance), the phones waiting beyond the voter ceiling with one click to let them in
 * (WaitingPhones, at the top of the panel), the ceiling itself (a number, or follow the participant list), whether phones may switch between
 * open votes, and the way to the printed tickets for binding votes.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type JoinInfo, VOTE_LIMITS } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Icon } from '../components/Icon.tsx';
import { paths } from '../store/router.ts';
import { showToast, toastError } from '../store/toasts.ts';
import { parseCeiling } from './ceiling.ts';
import { admitPhones, setAllRounds, setCeiling } from './joinActions.ts';

function Counts({ join }: { join: JoinInfo }) {
  const { t } = useTranslation();
  const over = join.expected > 0 && join.joined > join.expected;
  return (
    <div className="voters__counts">
      <p className="voters__line" data-testid="voters-count" title={t('room.voters.expectedHint')}>
        <Icon name="phone" size={16} className="voters__icon" />
        <span className="voters__joined" data-testid="joined-count">
          {t('room.voters.joined', { count: join.joined })}
        </span>
        <span className="voters__sep" aria-hidden="true">
          ·
        </span>
        <span className="voters__expected" data-testid="expected-count">
          {t('room.voters.expected', { count: join.expected })}
        </span>
      </p>
      {over ? (
        <p className="voters__over" data-testid="voters-over">
          <Icon name="alert" size={14} />
          {t('room.voters.over')}
        </p>
      ) : null}
    </div>
  );
}

/** Phones beyond the ceiling, at the top of the panel so it is the first thing seen: one click lets them in. */
export function WaitingPhones({ workshopId, waiting }: { workshopId: string; waiting: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const letIn = async () => {
    setBusy(true);
    const result = await admitPhones(workshopId);
    setBusy(false);
    if (result.ok) showToast({ tone: 'success', message: t('room.voters.letInDone', { count: waiting }) });
    else toastError(result.error);
  };
  return (
    <div className="voters__waiting" role="status" data-testid="phones-waiting">
      <div className="voters__waiting-text">
        <strong className="voters__waiting-count">{t('room.voters.waiting', { count: waiting })}</strong>
        <span className="voters__waiting-hint">{t('room.voters.waitingHint')}</span>
      </div>
      <Button size="sm" variant="primary" busy={busy} onClick={() => void letIn()}>
        {t('room.voters.letIn')}
      </Button>
    </div>
  );
}

function Ceiling({ workshopId, join }: { workshopId: string; join: JoinInfo }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(String(join.maxVoters));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  // The ceiling in force moves with the participant list (and other windows): follow it unless typing.
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(String(join.maxVoters));
  }, [join.maxVoters, editing]);

  const apply = async (value: number | null) => {
    setBusy(true);
    const result = await setCeiling(workshopId, value);
    setBusy(false);
    if (!result.ok) {
      toastError(result.error);
      return;
    }
    setEditing(false);
    setDraft(String(result.value.maxVoters));
    showToast({
      tone: 'success',
      message:
        value === null
          ? t('room.voters.ceilingFollowing', { count: result.value.maxVoters })
          : t('room.voters.ceilingSaved', { count: result.value.maxVoters }),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseCeiling(draft, VOTE_LIMITS.maxVoters);
    if (value === null) {
      setInvalid(true);
      return;
    }
    void apply(value);
  };

  const changed = draft.trim() !== String(join.maxVoters);
  return (
    <form className="voters__ceiling" onSubmit={submit} noValidate>
      <label className="voters__label" htmlFor={`${id}-ceiling`}>
        {t('room.voters.ceiling')}
      </label>
      <div className="voters__ceiling-row">
        <input
          id={`${id}-ceiling`}
          className="input input--sm voters__ceiling-input"
          inputMode="numeric"
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-ceiling-hint${invalid ? ` ${id}-ceiling-error` : ''}`}
          onChange={(e) => {
            setDraft(e.target.value);
            setEditing(true);
            setInvalid(false);
          }}
          onBlur={() => {
            if (!changed) setEditing(false);
          }}
          data-testid="ceiling-input"
        />
        <Button size="sm" type="submit" busy={busy} disabled={!changed}>
          {t('room.voters.set')}
        </Button>
      </div>
      {invalid ? (
        <p className="field__error" id={`${id}-ceiling-error`}>
          {t('room.voters.ceilingInvalid', { max: VOTE_LIMITS.maxVoters })}
        </p>
      ) : null}
      <p className="voters__hint" id={`${id}-ceiling-hint`} data-testid="ceiling-hint">
        {join.maxVotersSet ? t('room.voters.ceilingSet') : t('room.voters.ceilingFollows', { count: join.expected })}{' '}
        {t('room.voters.ceilingHint')}
      </p>
      {join.maxVotersSet ? (
        <button type="button" className="link-button voters__follow" onClick={() => void apply(null)} disabled={busy}>
          {t('room.voters.follow')}
        </button>
      ) : null}
    </form>
  );
}

function AllRoundsSwitch({ workshopId, on }: { workshopId: string; on: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    const result = await setAllRounds(workshopId, !on);
    setBusy(false);
    if (!result.ok) toastError(result.error);
  };
  return (
    <div className="voters__switch">
      <div className="voters__switch-text">
        <span className="voters__label" id={`${id}-label`}>
          {t('room.voters.allRounds')}
        </span>
        <span className="voters__hint" id={`${id}-hint`}>
          {t('room.voters.allRoundsHint')}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        className="toggle"
        aria-checked={on}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={() => void toggle()}
        data-testid="all-rounds-switch"
      >
        <span className="toggle__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}

export function Voters({ workshopId, join }: { workshopId: string; join: JoinInfo }) {
  const { t } = useTranslation();
  return (
    <div className="voters" data-testid="voters">
      <Counts join={join} />
      <Ceiling workshopId={workshopId} join={join} />
      <AllRoundsSwitch workshopId={workshopId} on={join.allRounds} />
      <a className="voters__tickets" href={paths.tickets(workshopId)} data-testid="tickets-link">
        <span className="voters__tickets-text">
          <span className="voters__tickets-title">{t('room.voters.tickets')}</span>
          <span className="voters__hint">{t('room.voters.ticketsHint')}</span>
        </span>
        <Icon name="chevronRight" size={16} className="voters__tickets-chevron" />
      </a>
    </div>
  );
}
