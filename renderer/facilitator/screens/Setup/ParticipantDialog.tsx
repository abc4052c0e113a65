import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import { LIMITS, ORG_TYPES, type OrgType, type Participant } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { isolate } from '../../components/isolate.ts';
import { checkLength } from '../../components/textLimit.ts';
import { fieldErrors } from '../../lib/errors.ts';
import { addParticipant, updateParticipant } from '../../store/participants.ts';
import { showToast } from '../../store/toasts.ts';

const FIELDS = ['name', 'organisation', 'territory', 'role', 'orgType', 'email'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/** The most characters the core takes for each text (shared/schemas.ts): counted, never cut. */
const FIELD_LIMITS = {
  name: LIMITS.name,
  organisation: LIMITS.shortText,
  territory: LIMITS.shortText,
  role: LIMITS.shortText,
  email: LIMITS.shortText,
} as const;

const toDraft = (p: Participant | null): Draft => ({
  name: p?.name ?? '',
  organisation: p?.organisation ?? '',
  territory: p?.territory ?? '',
  role: p?.role ?? '',
  orgType: p?.orgType ?? 'other',
  email: p?.email ?? '',
});

interface Props {
  workshopId: string;
  /** null: a new participant. */
  participant: Participant | null;
  onClose: () => void;
}

function ParticipantForm({ workshopId, participant, onClose }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [draft, setDraft] = useState(() => toDraft(participant));
  const [errors, setErrors] = useState<Partial<Draft>>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async () => {
    setFormError(null);
    // A text over its limit says so under its field; it is not cut, and not saved.
    const over = (Object.keys(FIELD_LIMITS) as (keyof typeof FIELD_LIMITS)[]).find(
      (field) => checkLength(draft[field], FIELD_LIMITS[field]).over > 0,
    );
    if (over) {
      document.getElementById(`${ids}-${over}`)?.focus();
      return;
    }
    const local: Partial<Draft> = {};
    if (!draft.name.trim()) local.name = t('participants.errors.nameRequired');
    // The core checks e-mails too; this catches the obvious typo with a message in the UI's language.
    if (draft.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) {
      local.email = t('participants.errors.email');
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setErrors({});
    setBusy(true);
    const fields = {
      name: draft.name.trim(),
      organisation: draft.organisation.trim(),
      territory: draft.territory.trim(),
      role: draft.role.trim(),
      orgType: draft.orgType as OrgType,
      email: draft.email.trim(),
    };
    const result = participant
      ? await updateParticipant(participant.id, fields)
      : await addParticipant(workshopId, fields);
    setBusy(false);
    if (!result.ok) {
      const inline = fieldErrors(result.error, FIELDS);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      return;
    }
    showToast({
      tone: 'success',
      message: t(participant ? 'participants.saved' : 'participants.added', { name: isolate(result.value.name) }),
    });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={participant ? t('participants.editTitle') : t('participants.addTitle')}
      size="md"
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {participant ? t('common.saveChanges') : t('participants.add')}
          </Button>
        </>
      }
    >
      <FormError error={formError} />
      <div className="form-grid">
        <TextField
          id={`${ids}-name`}
          label={t('participants.name')}
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
          required
          limit={FIELD_LIMITS.name}
          fieldClassName="span-2"
        />
        <TextField
          id={`${ids}-organisation`}
          label={t('participants.organisation')}
          value={draft.organisation}
          onChange={set('organisation')}
          error={errors.organisation}
          limit={FIELD_LIMITS.organisation}
        />
        <SelectField
          label={t('participants.orgType')}
          value={draft.orgType}
          onChange={set('orgType')}
          error={errors.orgType}
        >
          {ORG_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`orgType.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${ids}-territory`}
          label={t('participants.territory')}
          value={draft.territory}
          onChange={set('territory')}
          error={errors.territory}
          limit={FIELD_LIMITS.territory}
        />
        <TextField
          id={`${ids}-role`}
          label={t('participants.role')}
          value={draft.role}
          onChange={set('role')}
          error={errors.role}
          limit={FIELD_LIMITS.role}
        />
        <TextField
          id={`${ids}-email`}
          type="email"
          label={t('participants.email')}
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
          limit={FIELD_LIMITS.email}
          fieldClassName="span-2"
        />
      </div>
    </Dialog>
  );
}

export function ParticipantDialog(props: Props & { open: boolean }) {
  return props.open ? <ParticipantForm {...props} /> : null;
}
