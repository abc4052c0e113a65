/** Retouch a phone's proposal (typos, a clearer title) before it becomes a topic. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../shared/result.ts';
import { LIMITS } from '../../../shared/schemas.ts';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { TextAreaField, TextField } from '../components/Field.tsx';
import { FormError } from '../components/FormError.tsx';
import { fieldErrors } from '../lib/errors.ts';
import { acceptSuggestion } from '../store/suggestions.ts';
import { showToast } from '../store/toasts.ts';

function AcceptForm({ suggestion, onClose }: { suggestion: TopicSuggestion; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(suggestion.title);
  const [pitch, setPitch] = useState(suggestion.pitch);
  const [errors, setErrors] = useState<{ title?: string; pitch?: string }>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    if (!title.trim()) {
      setErrors({ title: t('room.suggestions.titleRequired') });
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await acceptSuggestion(suggestion, { title: title.trim(), pitch: pitch.trim() });
    setBusy(false);
    if (!result.ok) {
      const inline = fieldErrors(result.error, ['title', 'pitch']);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      return;
    }
    showToast({ tone: 'success', message: t('room.suggestions.accepted', { seq: result.value.seq }) });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('room.suggestions.editTitle')}
      description={suggestion.proposer ? t('room.suggestions.from', { name: suggestion.proposer }) : undefined}
      size="md"
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" icon="check" busy={busy}>
            {t('room.suggestions.acceptEdited')}
          </Button>
        </>
      }
    >
      <FormError error={formError} />
      <div className="form-grid">
        <TextField
          label={t('room.suggestions.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
          maxLength={LIMITS.title}
          required
          fieldClassName="span-2"
        />
        <TextAreaField
          label={t('room.suggestions.pitch')}
          value={pitch}
          onChange={(e) => setPitch(e.target.value)}
          error={errors.pitch}
          maxLength={LIMITS.pitch}
          rows={4}
          fieldClassName="span-2"
        />
      </div>
    </Dialog>
  );
}

export function AcceptDialog({ suggestion, onClose }: { suggestion: TopicSuggestion | null; onClose: () => void }) {
  return suggestion ? <AcceptForm key={suggestion.id} suggestion={suggestion} onClose={onClose} /> : null;
}
