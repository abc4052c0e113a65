/** A vote I was looking at has closed: thank the participant, until they dismiss it. */
import { useTranslation } from 'react-i18next';
import { usePhone } from '../store/phoneStore.ts';

export function EndedRounds() {
  const { t } = useTranslation();
  const ended = usePhone((s) => s.ended);
  if (ended.length === 0) return null;
  const dismiss = (id: string) => usePhone.setState((s) => ({ ended: s.ended.filter((r) => r.id !== id) }));
  return (
    <ul className="ended">
      {ended.map((round) => (
        <li key={round.id} className="ended__item" data-testid="round-closed">
          <div>
            <p className="ended__title">{t('phone.ended.title')}</p>
            <p className="ended__question">
              <bdi>{round.question}</bdi>
            </p>
            <p className="ended__thanks">{t('phone.ended.thanks')}</p>
          </div>
          <button
            type="button"
            className="ended__close"
            aria-label={t('phone.ended.dismiss', { question: round.question })}
            onClick={() => dismiss(round.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
