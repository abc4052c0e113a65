/**
 * The workshop's details as form fields, shared by the "New workshop" dialog and Setup → Details
 * so both validate and read the same way.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, LIMITS, WORKSHOP_FORMATS, type WorkshopFormat } from '../../../shared/schemas.ts';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { checkLength } from '../components/textLimit.ts';

export interface WorkshopDraft {
  title: string;
  format: WorkshopFormat;
  date: string;
  venue: string;
  territory: string;
  language: Language;
  description: string;
}

export const WORKSHOP_DRAFT_FIELDS = [
  'title',
  'format',
  'date',
  'venue',
  'territory',
  'language',
  'description',
] as const;

/** The core's limits on the text fields (WorkshopFields): counted in the form, never cut. */
export const WORKSHOP_LIMITS = {
  title: LIMITS.title,
  venue: LIMITS.shortText,
  territory: LIMITS.shortText,
  description: LIMITS.description,
} as const satisfies Partial<Record<keyof WorkshopDraft, number>>;

/** The fields whose text is longer than the core takes (each says so itself, in red). */
export function overLimitFields(draft: WorkshopDraft): (keyof typeof WORKSHOP_LIMITS)[] {
  return (Object.keys(WORKSHOP_LIMITS) as (keyof typeof WORKSHOP_LIMITS)[]).filter(
    (field) => checkLength(draft[field], WORKSHOP_LIMITS[field]).over > 0,
  );
}

interface WorkshopFormProps {
  value: WorkshopDraft;
  onChange: (next: WorkshopDraft) => void;
  errors: Partial<Record<keyof WorkshopDraft, string>>;
  autoFocusTitle?: boolean;
}

export function WorkshopForm({ value, onChange, errors, autoFocusTitle }: WorkshopFormProps) {
  const { t } = useTranslation();
  const formatHintId = useId();
  const set = <K extends keyof WorkshopDraft>(key: K, v: WorkshopDraft[K]) => onChange({ ...value, [key]: v });

  return (
    <div className="form-grid">
      <TextField
        label={t('workshop.title')}
        value={value.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
        required
        limit={WORKSHOP_LIMITS.title}
        fieldClassName="span-2"
        placeholder={t('workshop.titlePlaceholder')}
        {...(autoFocusTitle ? { 'data-autofocus': true } : {})}
      />
      <fieldset className={`field span-2 ${errors.format ? 'field--invalid' : ''}`} aria-describedby={formatHintId}>
        <legend className="field__label">{t('workshop.format')}</legend>
        <div className="choice-cards">
          {WORKSHOP_FORMATS.map((format) => (
            <label key={format} className="choice-card">
              <input
                type="radio"
                name="workshop-format"
                value={format}
                checked={value.format === format}
                onChange={() => set('format', format)}
              />
              <span className="choice-card__body">
                <span className="choice-card__title">{t(`format.${format}`)}</span>
                <span className="choice-card__text">{t(`formatHint.${format}`)}</span>
              </span>
            </label>
          ))}
        </div>
        <p id={formatHintId} className={errors.format ? 'field__error' : 'visually-hidden'}>
          {errors.format ?? t('workshop.formatHint')}
        </p>
      </fieldset>
      <TextField
        type="date"
        label={t('workshop.date')}
        value={value.date}
        onChange={(e) => set('date', e.target.value)}
        error={errors.date}
        required
      />
      <SelectField
        label={t('workshop.language')}
        hint={t('workshop.languageHint')}
        value={value.language}
        onChange={(e) => set('language', e.target.value as Language)}
        error={errors.language}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('workshop.venue')}
        value={value.venue}
        onChange={(e) => set('venue', e.target.value)}
        error={errors.venue}
        limit={WORKSHOP_LIMITS.venue}
        placeholder={t('workshop.venuePlaceholder')}
      />
      <TextField
        label={t('workshop.territory')}
        value={value.territory}
        onChange={(e) => set('territory', e.target.value)}
        error={errors.territory}
        limit={WORKSHOP_LIMITS.territory}
        placeholder={t('workshop.territoryPlaceholder')}
      />
      <TextAreaField
        label={t('workshop.description')}
        value={value.description}
        onChange={(e) => set('description', e.target.value)}
        error={errors.description}
        rows={4}
        limit={WORKSHOP_LIMITS.description}
        fieldClassName="span-2"
        hint={t('workshop.descriptionHint')}
      />
    </div>
  );
}

/**
 * Client-side checks mirroring the schema, so the obvious mistakes are caught before a round
 * trip. Texts over their limit are not in here: their fields say so live (see
 * `overLimitFields`), so a message never outlives the text it was about.
 */
export function validateWorkshopDraft(draft: WorkshopDraft, t: (key: string) => string) {
  const errors: Partial<Record<keyof WorkshopDraft, string>> = {};
  if (!draft.title.trim()) errors.title = t('workshop.errors.titleRequired');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = t('workshop.errors.dateRequired');
  return errors;
}
