/**
 * What can be done with a round in its state: open, close, reopen, reveal, edit, delete. Opening
 * one while another is open asks first (SecondRoundDialog): phones move to the new one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/result.ts';
import type { Round, RoundResults } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { focusAfterRemoval } from '../../lib/focus.ts';
import { useLan } from '../../store/lan.ts';
import { closeRound, deleteRound, openRound, revealRound, useRounds } from '../../store/rounds.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { type SecondRoundChoice, SecondRoundDialog } from './SecondRoundDialog.tsx';

type Busy = 'state' | 'reveal' | null;

/** Nobody voted (typed-in counts go with the round): the core lets such a round go. */
export const canDelete = (results: RoundResults | undefined) =>
  !!results && results.voters === 0 && results.ballotTotal === 0;

export function RoundActions({
  round,
  results,
  onEdit,
}: {
  round: Round;
  results: RoundResults | undefined;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The other open rounds, as they were when the facilitator asked to open this one. */
  const [askSecond, setAskSecond] = useState<Round[] | null>(null);
  const workshopRounds = useRounds((s) => s.items);
  const othersOpen = workshopRounds.filter(
    (r) => r.workshopId === round.workshopId && r.id !== round.id && r.state === 'open',
  );
  const allRounds = useLan((s) => (s.join?.workshopId === round.workshopId ? s.join.allRounds : null));

  const run = async (kind: Busy, call: () => Promise<Result<unknown>>, done: string) => {
    setBusy(kind);
    const result = await call();
    setBusy(null);
    if (result.ok) showToast({ tone: 'success', message: done });
    else toastError(result.error);
  };

  const openMessage = round.state === 'draft' ? t('vote.round.opened') : t('vote.round.reopened');
  const startOpening = () => {
    if (othersOpen.length > 0) setAskSecond(othersOpen);
    else void run('state', () => openRound(round.id), openMessage);
  };

  const openBeside = async (choice: SecondRoundChoice) => {
    const others = askSecond ?? [];
    const opened = await openRound(round.id);
    if (!opened.ok) {
      toastError(opened.error);
      setAskSecond(null);
      return;
    }
    if (choice === 'close-others') {
      for (const other of others) {
        const closed = await closeRound(other.id);
        if (!closed.ok) {
          toastError(closed.error);
          setAskSecond(null);
          return;
        }
      }
    }
    setAskSecond(null);
    showToast({
      tone: 'success',
      message:
        choice === 'close-others'
          ? t('vote.second.closedOther', { count: others.length, question: others[0]?.question ?? '' })
          : openMessage,
    });
  };

  const remove = async () => {
    const result = await deleteRound(round.id);
    setConfirmDelete(false);
    if (result.ok) {
      showToast({ tone: 'success', message: t('vote.round.deleted') });
      focusAfterRemoval('rounds-heading');
    } else toastError(result.error);
  };

  return (
    <div className="round-actions">
      {round.state === 'draft' ? (
        <Button variant="primary" icon="play" busy={busy === 'state'} onClick={startOpening}>
          {t('vote.round.open')}
        </Button>
      ) : round.state === 'open' ? (
        <Button
          variant="primary"
          icon="stop"
          busy={busy === 'state'}
          onClick={() => void run('state', () => closeRound(round.id), t('vote.round.closed'))}
        >
          {t('vote.round.close')}
        </Button>
      ) : (
        <Button icon="play" busy={busy === 'state'} onClick={startOpening}>
          {t('vote.round.reopen')}
        </Button>
      )}
      {round.hideResults ? (
        <Button
          icon={round.revealed ? 'eyeOff' : 'eye'}
          busy={busy === 'reveal'}
          aria-pressed={round.revealed}
          onClick={() =>
            void run(
              'reveal',
              () => revealRound(round.id, !round.revealed),
              round.revealed ? t('vote.round.hiddenAgain') : t('vote.round.revealedDone'),
            )
          }
        >
          {round.revealed ? t('vote.round.hideAgain') : t('vote.round.reveal')}
        </Button>
      ) : null}
      <span className="round-actions__spacer" />
      <Button variant="ghost" icon="edit" onClick={onEdit}>
        {t('vote.round.edit')}
      </Button>
      {canDelete(results) ? (
        <Button variant="danger-ghost" icon="trash" onClick={() => setConfirmDelete(true)}>
          {t('vote.round.delete')}
        </Button>
      ) : null}
      <SecondRoundDialog
        open={askSecond !== null}
        others={askSecond ?? []}
        allRounds={allRounds}
        onChoose={openBeside}
        onClose={() => setAskSecond(null)}
      />
      <ConfirmDialog
        open={confirmDelete}
        title={t('vote.round.deleteTitle')}
        message={t('vote.round.deleteMessage', { question: round.question })}
        confirmLabel={t('vote.round.delete')}
        onConfirm={remove}
        onClose={() => setConfirmDelete(false)}
      />
    </div>
  );
}
