import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import type { Workshop } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { FormError } from '../../components/FormError.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { showToast } from '../../store/toasts.ts';
import { updateWorkshop, useWorkshop } from '../../store/workshop.ts';
import { validateWorkshopDraft, WORKSHOP_DRAFT_FIELDS, type WorkshopDraft, WorkshopForm } from '../WorkshopForm.tsx';
import { SectionHeader } from './SectionHeader.tsx';

const toDraft = (w: Workshop): WorkshopDraft => ({
  title: w.title,
  format: w.format,
  date: w.date,
  venue: w.venue,
  territory: w.territory,
  language: w.language,
  description: w.description,
});

const sameDraft = (a: WorkshopDraft, b: WorkshopDraft) => WORKSHOP_DRAFT_FIELDS.every((k) => a[k] === b[k]);

function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(workshop));
  const [base, setBase] = useState(() => toDraft(workshop));
  const [errors, setErrors] = useState<Partial<Record<keyof WorkshopDraft, string>>>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = !sameDraft(draft, base);

  // Another window saved: take its version unless the user is in the middle of editing.
  // (Adjusting state while rendering, React's pattern for "reset when a prop changes".)
  const [seen, setSeen] = useState(workshop);
  if (seen !== workshop) {
    setSeen(workshop);
    const incoming = toDraft(workshop);
    if (!dirty) setDraft(incoming);
    setBase(incoming);
  }

  const save = async () => {
    const local = validateWorkshopDraft(draft, t);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const result = await updateWorkshop(workshop.id, draft);
    setBusy(false);
    if (!result.ok) {
      const inline = fieldErrors(result.error, WORKSHOP_DRAFT_FIELDS);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      return;
    }
    const saved = toDraft(result.value);
    setBase(saved);
    setDraft(saved);
    showToast({ tone: 'success', message: t('details.saved') });
  };

  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="details-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="panel__body">
        <FormError error={formError} />
        <WorkshopForm value={draft} onChange={setDraft} errors={errors} />
      </div>
      <div className="panel__footer panel__footer--sticky">
        <span className="muted" aria-live="polite">
          {dirty ? t('details.unsaved') : t('details.upToDate')}
        </span>
        <div className="panel__footer-actions">
          <Button
            disabled={!dirty || busy}
            onClick={() => {
              setDraft(base);
              setErrors({});
              setFormError(null);
            }}
          >
            {t('details.discard')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!dirty}>
            {t('details.save')}
          </Button>
        </div>
      </div>
    </form>
  );
}

export function DetailsSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const workshop = useWorkshop((s) => (s.workshopId === workshopId ? s.workshop : null));
  return (
    <section aria-labelledby="details-heading">
      <SectionHeader id="details-heading" title={t('setup.section.details')} lead={t('details.lead')} />
      {workshop ? <DetailsForm workshop={workshop} /> : <div className="panel panel--loading" aria-busy="true" />}
    </section>
  );
}
