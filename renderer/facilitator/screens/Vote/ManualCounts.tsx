/**
 * Paper ballots and a show of hands, typed in per item and added to the phone votes. Listed in
 * the round's item order (not by rank) so rows stay put while the facilitator types. Each count
 * saves when leaving the field or on Enter; Escape puts the saved count back.
 */
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CountSource, type Round, type RoundResults, VOTE_LIMITS } from '../../../../shared/voting.ts';
import { inlineMessage } from '../../lib/errors.ts';
import { setCount } from '../../store/results.ts';

interface CountInputProps {
  roundId: string;
  itemId: string;
  source: CountSource;
  value: number;
  label: string;
  disabled: boolean;
  onError: (message: string | null) => void;
  errorId: string;
}

function CountInput({ roundId, itemId, source, value, label, disabled, onError, errorId }: CountInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === 0 ? '' : String(value));
  const [dirty, setDirty] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value && !dirty) {
    // A new count from the core (this window's save, or another window's): show it unless being typed over.
    setSeen(value);
    setText(value === 0 ? '' : String(value));
  }

  const save = async () => {
    if (!dirty) return;
    const trimmed = text.trim();
    const count = trimmed === '' ? 0 : Number(trimmed);
    if (!Number.isInteger(count) || count < 0 || count > VOTE_LIMITS.manualCount) {
      setInvalid(true);
      onError(t('vote.counts.invalid', { max: VOTE_LIMITS.manualCount }));
      return;
    }
    const result = await setCount({ roundId, itemId, source, count });
    if (!result.ok) {
      setInvalid(true);
      onError(inlineMessage(result.error));
      return;
    }
    setInvalid(false);
    setDirty(false);
    setSeen(count);
    setText(count === 0 ? '' : String(count));
    onError(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && dirty) {
      // Only a field being typed in takes Escape; otherwise it is left to close a dialog or blur.
      e.preventDefault();
      setText(value === 0 ? '' : String(value));
      setDirty(false);
      setInvalid(false);
      onError(null);
    }
  };

  return (
    <input
      className={`input input--sm input--number count-input count-input--${source}`}
      aria-label={label}
      inputMode="numeric"
      placeholder="0"
      value={text}
      disabled={disabled}
      onChange={(e) => {
        setText(e.target.value);
        setDirty(true);
      }}
      onBlur={() => void save()}
      onKeyDown={onKeyDown}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    />
  );
}

function CountRow({
  round,
  itemId,
  title,
  results,
}: {
  round: Round;
  itemId: string;
  title: string;
  results: RoundResults | undefined;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const item = results?.items.find((i) => i.itemId === itemId);
  const errorId = `count-${round.id}-${itemId}-error`;
  // Any state: a show of hands alone, with the phones never opened, is a vote too.
  const disabled = !results;
  return (
    <tr className={error ? 'is-invalid' : undefined}>
      <th scope="row" className="counts__title">
        <span className="counts__title-text" title={title}>
          <bdi>{title}</bdi>
        </span>
        {error ? (
          <span className="field__error counts__error" id={errorId}>
            {error}
          </span>
        ) : null}
      </th>
      <td className="counts__num">{item?.ballots ?? 0}</td>
      <td>
        <CountInput
          roundId={round.id}
          itemId={itemId}
          source="paper"
          value={item?.paper ?? 0}
          label={t('vote.counts.paperOf', { title })}
          disabled={disabled}
          onError={setError}
          errorId={errorId}
        />
      </td>
      <td>
        <CountInput
          roundId={round.id}
          itemId={itemId}
          source="hands"
          value={item?.hands ?? 0}
          label={t('vote.counts.handsOf', { title })}
          disabled={disabled}
          onError={setError}
          errorId={errorId}
        />
      </td>
      <td className="counts__num counts__total" data-testid="count-total">
        {item?.total ?? 0}
      </td>
    </tr>
  );
}

export function ManualCounts({ round, results }: { round: Round; results: RoundResults | undefined }) {
  const { t } = useTranslation();
  const headingId = `counts-${round.id}-heading`;
  return (
    <section className="counts" aria-labelledby={headingId}>
      <div className="counts__header">
        <h3 className="subsection-title" id={headingId}>
          {t('vote.counts.title')}
        </h3>
        <p className="counts__lead">{round.state === 'draft' ? t('vote.counts.openFirst') : t('vote.counts.lead')}</p>
      </div>
      <div className="table-scroll counts__scroll">
        <table className="table table--compact counts__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('vote.counts.item')}</th>
              <th scope="col" className="counts__num">
                {t('vote.counts.phones')}
              </th>
              <th scope="col">
                <span className="source source--paper">
                  <span className="source__swatch" aria-hidden="true" />
                  {t('vote.counts.paper')}
                </span>
              </th>
              <th scope="col">
                <span className="source source--hands">
                  <span className="source__swatch" aria-hidden="true" />
                  {t('vote.counts.hands')}
                </span>
              </th>
              <th scope="col" className="counts__num">
                {t('vote.counts.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {round.items.map((item) => (
              <CountRow key={item.id} round={round} itemId={item.id} title={item.title} results={results} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
