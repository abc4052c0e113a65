/**
 * Jury scoring: 1–5 per criterion for each item. An item's scores are sent once every
 * criterion has one (the server takes them together); each later change is sent at once.
 */
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { usePhone } from '../store/phoneStore.ts';
import { setScore } from '../store/votes.ts';
import { useBallot } from './useBallot.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

type ItemStatus = 'none' | 'incomplete' | 'sending' | 'saved';

export function ScoreBallot({ round }: { round: PhoneRound }) {
  const { t } = useTranslation();
  const ballot = useBallot(round);
  const drafts = usePhone((s) => s.scoreDrafts[round.id]);
  const pending = usePhone((s) => s.pending);
  const scored = round.items.filter((item) => ballot.myScores[item.id]).length;

  const statusOf = (itemId: string): ItemStatus => {
    if (drafts?.[itemId]) return 'incomplete';
    if (pending.some((p) => p.roundId === round.id && p.itemId === itemId)) return 'sending';
    return ballot.myScores[itemId] ? 'saved' : 'none';
  };

  return (
    <>
      <p className="counter" aria-live="polite">
        <strong>{t('phone.scoring.progress', { count: scored, total: round.items.length })}</strong>
      </p>
      <ul className="items items--scores">
        {round.items.map((item) => {
          const shown = { ...(ballot.myScores[item.id] ?? {}), ...(drafts?.[item.id] ?? {}) };
          const status = statusOf(item.id);
          return (
            <li key={item.id} className="score-item" data-testid="ballot-item">
              <h3 className="score-item__title">
                <bdi>{item.title}</bdi>
              </h3>
              {round.criteria.map((criterion) => (
                <fieldset key={criterion.id} className="scale">
                  <legend className="scale__label">{criterion.label}</legend>
                  <div className="scale__options">
                    {SCORES.map((score) => {
                      const id = `${round.id}-${item.id}-${criterion.id}-${score}`;
                      return (
                        <span key={score} className="scale__option">
                          <input
                            id={id}
                            type="radio"
                            className="scale__input"
                            name={`${round.id}-${item.id}-${criterion.id}`}
                            checked={shown[criterion.id] === score}
                            onChange={() => setScore(round, item.id, criterion.id, score)}
                          />
                          <label htmlFor={id} className="scale__button">
                            {score}
                          </label>
                        </span>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
              {status !== 'none' ? (
                <p className={`score-item__status score-item__status--${status}`}>
                  {t(`phone.scoring.status.${status}`)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
