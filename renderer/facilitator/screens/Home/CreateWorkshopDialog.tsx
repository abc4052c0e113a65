import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import { todayIso } from '../../../shared/i18n/format.ts';
import { currentLanguage } from '../../../shared/i18n/index.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FormError } from '../../components/FormError.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { navigate, paths } from '../../store/router.ts';
import { showToast } from '../../store/toasts.ts';
import { createWorkshop } from '../../store/workshops.ts';
import {
  overLimitFields,
  validateWorkshopDraft,
  WORKSHOP_DRAFT_FIELDS,
  type WorkshopDraft,
  WorkshopForm,
} from '../WorkshopForm.tsx';

const emptyDraft = (): WorkshopDraft => ({
  title: '',
  format: 'mini-barcamp',
  date: todayIso(),
  venue: '',
  territory: '',
  language: currentLanguage(),
  description: '',
});

function CreateWorkshopForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<keyof WorkshopDraft, string>>>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const local = validateWorkshopDraft(draft, t);
    setErrors(local);
    setFormError(null);
    // A text over its limit already says so in red under its field: nothing is cut, nothing sent.
    if (Object.keys(local).length > 0 || overLimitFields(draft).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-testid="create-workshop-dialog"] [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    const result = await createWorkshop(draft);
    setBusy(false);
    if (!result.ok) {
      const inline = fieldErrors(result.error, WORKSHOP_DRAFT_FIELDS);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      return;
    }
    showToast({ tone: 'success', message: t('home.created', { title: result.value.title }) });
    onClose();
    // Straight to Setup: rooms, slots and participants are what a new workshop needs next.
    navigate(paths.setup(result.value.id));
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('home.newWorkshop')}
      description={t('home.newWorkshopIntro')}
      size="lg"
      onSubmit={() => void submit()}
      testId="create-workshop-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('home.createWorkshop')}
          </Button>
        </>
      }
    >
      <FormError error={formError} />
      <WorkshopForm value={draft} onChange={setDraft} errors={errors} autoFocusTitle />
    </Dialog>
  );
}

export function CreateWorkshopDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  // Mounted only while open so every new workshop starts from a fresh draft.
  return open ? <CreateWorkshopForm onClose={onClose} /> : null;
}
