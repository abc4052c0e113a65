/**
 * Opening a round while another is open: phones move to the new one (they show one round at a
 * time unless the facilitator lets them switch), and the other stays open unless closed. Asks
 * which: open and close the other, open both, or cancel.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';

export type SecondRoundChoice = 'close-others' | 'keep-others';

export function SecondRoundDialog({
  open,
  others,
  allRounds,
  onChoose,
  onClose,
}: {
  open: boolean;
  /** The rounds open now, besides the one about to open. */
  others: readonly Round[];
  /** Whether phones may switch between open rounds (null: not known yet). */
  allRounds: boolean | null;
  onChoose: (choice: SecondRoundChoice) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<SecondRoundChoice | null>(null);
  const count = others.length;
  const choose = async (choice: SecondRoundChoice) => {
    setBusy(choice);
    try {
      await onChoose(choice);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('vote.second.title')}
      size="md"
      testId="second-round-dialog"
      footer={
        <>
          <Button onClick={onClose} disabled={busy !== null}>
            {t('common.cancel')}
          </Button>
          <Button busy={busy === 'keep-others'} disabled={busy !== null} onClick={() => void choose('keep-others')}>
            {count === 1 ? t('vote.second.openBoth') : t('vote.second.openAll')}
          </Button>
          <Button
            variant="primary"
            busy={busy === 'close-others'}
            disabled={busy !== null}
            onClick={() => void choose('close-others')}
            data-autofocus
          >
            {t('vote.second.closeOther', { count })}
          </Button>
        </>
      }
    >
      <p className="confirm__message">
        {count === 1 ? (
          <SplitAround text={t('vote.second.message', { count, question: MARK })} value={others[0]?.question ?? ''} />
        ) : (
          t('vote.second.message', { count })
        )}
      </p>
      {allRounds !== null ? (
        <p className="second-round__switch">{allRounds ? t('vote.second.switchOn') : t('vote.second.switchOff')}</p>
      ) : null}
    </Dialog>
  );
}

/** Stands for a participant-typed value inside a translated sentence, so it can be isolated (<bdi>). */
const MARK = '\u0000';

function SplitAround({ text, value }: { text: string; value: string }) {
  const [before, after] = text.split(MARK);
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}
