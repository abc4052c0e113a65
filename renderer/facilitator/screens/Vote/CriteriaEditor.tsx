/**
 * The jury's criteria: a name and a weight each; the key the ballots use is made from the name.
 * A name over VOTE_LIMITS.criterionLabel is not cut: its row says by how much (the dialog does
 * not save it; see `criterionInputId`).
 */
import { useTranslation } from 'react-i18next';
import { VOTE_LIMITS } from '../../../../shared/voting.ts';
import { Button, IconButton } from '../../components/Button.tsx';
import { useTooLong } from '../../components/Field.tsx';
import { type CriterionDraft, newCriterion } from './roundForm.ts';

interface CriteriaEditorProps {
  criteria: CriterionDraft[];
  onChange: (criteria: CriterionDraft[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** The id of a criterion's name field, for the dialog to move the focus to it. */
export const criterionInputId = (rowKey: number) => `criterion-${rowKey}-label`;

export function CriteriaEditor({ criteria, onChange, error, disabled }: CriteriaEditorProps) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const set = (rowKey: number, patch: Partial<CriterionDraft>) =>
    onChange(criteria.map((c) => (c.rowKey === rowKey ? { ...c, ...patch } : c)));

  return (
    <fieldset className="field criteria" aria-invalid={error ? true : undefined} disabled={disabled}>
      <legend className="field__label">{t('vote.form.criteria')}</legend>
      <p className="field__hint">{t('vote.form.criteriaHint')}</p>
      {criteria.length > 0 ? (
        <ol className="criteria__list">
          <li className="criteria__head" aria-hidden="true">
            <span>{t('vote.form.criterionName')}</span>
            <span>{t('vote.form.criterionWeight')}</span>
          </li>
          {criteria.map((c, index) => {
            const labelTooLong = tooLong(c.label, VOTE_LIMITS.criterionLabel);
            const inputId = criterionInputId(c.rowKey);
            return (
              <li key={c.rowKey} className="criteria__row">
                <input
                  id={inputId}
                  className="input input--sm"
                  aria-label={t('vote.form.criterionNameN', { n: index + 1 })}
                  value={c.label}
                  onChange={(e) => set(c.rowKey, { label: e.target.value })}
                  aria-invalid={labelTooLong ? true : undefined}
                  aria-describedby={labelTooLong ? `${inputId}-error` : undefined}
                />
                <input
                  className="input input--sm input--number"
                  aria-label={t('vote.form.criterionWeightN', { n: index + 1 })}
                  inputMode="decimal"
                  value={c.weight}
                  onChange={(e) => set(c.rowKey, { weight: e.target.value })}
                />
                <IconButton
                  icon="trash"
                  variant="danger-ghost"
                  label={t('vote.form.removeCriterion', { n: index + 1 })}
                  onClick={() => onChange(criteria.filter((x) => x.rowKey !== c.rowKey))}
                />
                {labelTooLong ? (
                  <p className="criteria__error field__error" id={`${inputId}-error`}>
                    {labelTooLong}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {error ? <p className="field__error">{error}</p> : null}
      <div>
        <Button
          size="sm"
          variant="ghost"
          icon="plus"
          disabled={criteria.length >= VOTE_LIMITS.criteria}
          onClick={() => onChange([...criteria, newCriterion()])}
        >
          {t('vote.form.addCriterion')}
        </Button>
      </div>
    </fieldset>
  );
}
