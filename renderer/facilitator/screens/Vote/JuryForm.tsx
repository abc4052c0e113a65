/**
 * A juror's scores typed in on the laptop (named scoring rounds): name, item, then 1–5 for each
 * criterion. After saving, the form moves to the next item and keeps the juror, since a jury's
 * score sheet is usually typed in one juror at a time.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import { LIMITS } from '../../../../shared/schemas.ts';
import { type Round, VOTE_LIMITS } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { ProposerOptions } from '../../components/ProposerOptions.tsx';
import { checkLength } from '../../components/textLimit.ts';
import { inlineMessage } from '../../lib/errors.ts';
import { scoreItem } from '../../store/results.ts';
import { showToast } from '../../store/toasts.ts';
import { coreMessage } from './messages.ts';

const SCORES = Array.from(
  { length: VOTE_LIMITS.maxScore - VOTE_LIMITS.minScore + 1 },
  (_, i) => VOTE_LIMITS.minScore + i,
);

export function JuryForm({ round }: { round: Round }) {
  const { t } = useTranslation();
  const ids = useId();
  const jurorRef = useRef<HTMLInputElement>(null);
  const [juror, setJuror] = useState('');
  const [itemId, setItemId] = useState(round.items[0]?.id ?? '');
  const [scores, setScores] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<{ juror?: string; scores?: string }>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `${ids}-heading`;

  const submit = async () => {
    setFormError(null);
    // Over LIMITS.name, the juror field already says by how much; nothing is cut.
    if (checkLength(juror, LIMITS.name).over > 0) return jurorRef.current?.focus();
    const local: typeof errors = {};
    if (!juror.trim()) local.juror = t('vote.errors.jurorRequired');
    if (round.criteria.some((c) => scores[c.id] === undefined)) local.scores = t('vote.jury.scoreEach');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const result = await scoreItem({ roundId: round.id, juror: juror.trim(), itemId, scores });
    setBusy(false);
    if (!result.ok) {
      if (result.error.field === 'juror') setErrors({ juror: coreMessage(inlineMessage(result.error)) });
      else setFormError({ ...result.error, message: coreMessage(result.error.message) });
      return;
    }
    const title = round.items.find((i) => i.id === itemId)?.title ?? '';
    showToast({ tone: 'success', message: t('vote.jury.saved', { juror: juror.trim(), title }) });
    const index = round.items.findIndex((i) => i.id === itemId);
    const next = round.items[index + 1];
    if (next) setItemId(next.id);
    setScores({});
  };

  return (
    <section className="jury" aria-labelledby={headingId}>
      <h3 className="subsection-title" id={headingId}>
        {t('vote.jury.title')}
      </h3>
      <p className="counts__lead">{t('vote.jury.lead')}</p>
      <form
        className="jury__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormError error={formError} />
        <div className="jury__who">
          <TextField
            ref={jurorRef}
            label={t('vote.jury.juror')}
            value={juror}
            onChange={(e) => setJuror(e.target.value)}
            list={`${ids}-people`}
            autoComplete="off"
            limit={LIMITS.name}
            error={errors.juror}
          />
          <ProposerOptions id={`${ids}-people`} />
          <SelectField label={t('vote.jury.item')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            {round.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.position}. {item.title}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="jury__scores">
          {round.criteria.map((c) => (
            <fieldset key={c.id} className="score-group">
              <legend className="score-group__label">{c.label}</legend>
              <div className="score-group__options">
                {SCORES.map((score) => (
                  <label key={score} className="score-option">
                    <input
                      type="radio"
                      name={`${ids}-${c.id}`}
                      value={score}
                      checked={scores[c.id] === score}
                      onChange={() => setScores((s) => ({ ...s, [c.id]: score }))}
                    />
                    <span>{score}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        {errors.scores ? <p className="field__error">{errors.scores}</p> : null}
        <div className="jury__actions">
          <Button type="submit" variant="primary" busy={busy} disabled={round.items.length === 0}>
            {t('vote.jury.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
