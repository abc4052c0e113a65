/** Approval voting: one toggle per item, up to the budget; the others grey out once it is reached. */
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { tapDot } from '../store/votes.ts';
import { useBallot } from './useBallot.ts';

export function ApprovalBallot({ round }: { round: PhoneRound }) {
  const { t } = useTranslation();
  const ballot = useBallot(round);
  const chosen = round.budget - ballot.remaining;
  return (
    <>
      <p className="counter" aria-live="polite" data-testid="approvals-chosen">
        <strong>{t('phone.approval.chosen', { count: chosen, budget: round.budget })}</strong>
        {ballot.remaining === 0 ? <span className="counter__of">{t('phone.approval.full')}</span> : null}
      </p>
      <ul className="items">
        {round.items.map((item) => {
          const on = (ballot.myVotes[item.id] ?? 0) > 0;
          return (
            <li key={item.id} data-testid="ballot-item">
              <button
                type="button"
                className={`choice${on ? ' choice--on' : ''}`}
                aria-pressed={on}
                disabled={!on && ballot.remaining === 0}
                onClick={() => tapDot(round, item.id, on ? -1 : 1)}
              >
                <span className="choice__box" aria-hidden="true">
                  {on ? (
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                      <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
                    </svg>
                  ) : null}
                </span>
                <span className="choice__title">
                  <bdi>{item.title}</bdi>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
