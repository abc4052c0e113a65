/** Dot voting: − and + per item, my dots as pips, and how many dots I have left. */
import { useTranslation } from 'react-i18next';
import { applyDelta } from '../../../shared/domain/ballot.ts';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { rulesOf } from '../lib/ballotView.ts';
import { tapDot } from '../store/votes.ts';
import { useBallot } from './useBallot.ts';

// Above this, pips would wrap on a narrow phone: the number alone says it.
const MAX_PIPS = 5;

function Pips({ mine, max }: { mine: number; max: number }) {
  if (max > MAX_PIPS) return null;
  return (
    <span className="pips" aria-hidden="true">
      {Array.from({ length: max }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pips are positions, not data
        <span key={i} className={`pip${i < mine ? ' pip--on' : ''}`} />
      ))}
    </span>
  );
}

export function DotBallot({ round }: { round: PhoneRound }) {
  const { t } = useTranslation();
  const ballot = useBallot(round);
  const rules = rulesOf(round);
  return (
    <>
      <p className="counter" aria-live="polite" data-testid="dots-left">
        {ballot.remaining > 0 ? (
          <>
            <strong>{t('phone.dot.left', { count: ballot.remaining })}</strong>
            <span className="counter__of">{t('phone.dot.of', { count: round.budget })}</span>
          </>
        ) : (
          <strong>{t('phone.dot.allPlaced', { count: round.budget })}</strong>
        )}
      </p>
      <ul className="items">
        {round.items.map((item) => {
          const mine = ballot.myVotes[item.id] ?? 0;
          const canAdd = applyDelta(rules, ballot.myVotes, item.id, 1).ok;
          return (
            <li key={item.id} className={`item${mine > 0 ? ' item--chosen' : ''}`} data-testid="ballot-item">
              <span className="item__title">
                <bdi>{item.title}</bdi>
              </span>
              <div className="stepper">
                <button
                  type="button"
                  className="stepper__button"
                  aria-label={t('phone.dot.remove', { title: item.title })}
                  disabled={mine === 0}
                  onClick={() => tapDot(round, item.id, -1)}
                >
                  <span aria-hidden="true">−</span>
                </button>
                <span className="stepper__value">
                  <span className="stepper__count" aria-hidden="true">
                    {mine}
                  </span>
                  <Pips mine={mine} max={round.maxPerItem} />
                  <span className="visually-hidden">{t('phone.dot.mine', { count: mine })}</span>
                </span>
                <button
                  type="button"
                  className="stepper__button stepper__button--add"
                  aria-label={t('phone.dot.add', { title: item.title })}
                  disabled={!canAdd}
                  onClick={() => tapDot(round, item.id, 1)}
                >
                  <span aria-hidden="true">+</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
