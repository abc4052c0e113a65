import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../../shared/result.ts';
import {
  LIMITS,
  THEMES,
  type Theme,
  TOPIC_STATUSES,
  type Topic,
  type TopicStatus,
} from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { ProposerOptions } from '../../components/ProposerOptions.tsx';
import { checkLength } from '../../components/textLimit.ts';
import { fieldErrors } from '../../lib/errors.ts';
import { showToast } from '../../store/toasts.ts';
import { updateTopic } from '../../store/topics.ts';

const FIELDS = ['title', 'pitch', 'proposer', 'theme', 'status'] as const;

function TopicForm({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [title, setTitle] = useState(topic.title);
  const [pitch, setPitch] = useState(topic.pitch);
  const [proposer, setProposer] = useState(topic.proposer);
  const [theme, setTheme] = useState<Theme | ''>(topic.theme ?? '');
  const [status, setStatus] = useState<TopicStatus>(topic.status);
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [formError, setFormError] = useState<AgoraError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFormError(null);
    if (!title.trim()) {
      setErrors({ title: t('topics.errors.titleRequired') });
      return;
    }
    // A text over its limit says so under its field; it is not cut, and not saved.
    const over = (
      [
        ['title', title, LIMITS.title],
        ['pitch', pitch, LIMITS.pitch],
        ['proposer', proposer, LIMITS.name],
      ] as const
    ).find(([, text, limit]) => checkLength(text, limit).over > 0);
    if (over) {
      setErrors({});
      document.getElementById(`${listId}-${over[0]}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await updateTopic(topic.id, {
      title: title.trim(),
      pitch: pitch.trim(),
      proposer: proposer.trim(),
      theme: theme || null,
      status,
    });
    setBusy(false);
    if (!result.ok) {
      const inline = fieldErrors(result.error, FIELDS);
      if (inline) setErrors(inline);
      else setFormError(result.error);
      return;
    }
    showToast({ tone: 'success', message: t('topics.saved', { seq: topic.seq }) });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('topics.editTitle', { seq: topic.seq })}
      size="md"
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('common.saveChanges')}
          </Button>
        </>
      }
    >
      <FormError error={formError} />
      <div className="form-grid">
        <TextField
          label={t('topics.titleLabel')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
          required
          limit={LIMITS.title}
          id={`${listId}-title`}
          fieldClassName="span-2"
        />
        <TextAreaField
          label={t('topics.pitch')}
          value={pitch}
          onChange={(e) => setPitch(e.target.value)}
          error={errors.pitch}
          rows={4}
          limit={LIMITS.pitch}
          id={`${listId}-pitch`}
          fieldClassName="span-2"
        />
        <TextField
          label={t('topics.proposer')}
          value={proposer}
          onChange={(e) => setProposer(e.target.value)}
          error={errors.proposer}
          list={listId}
          limit={LIMITS.name}
          id={`${listId}-proposer`}
          autoComplete="off"
          fieldClassName="span-2"
        />
        <ProposerOptions id={listId} />
        <SelectField
          label={t('topics.theme')}
          value={theme}
          onChange={(e) => setTheme(e.target.value as Theme | '')}
          error={errors.theme}
        >
          <option value="">{t('theme.none')}</option>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`theme.${th}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('topics.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as TopicStatus)}
          error={errors.status}
        >
          {TOPIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`topicStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </Dialog>
  );
}

export function TopicEditDialog({ topic, onClose }: { topic: Topic | null; onClose: () => void }) {
  return topic ? <TopicForm key={topic.id} topic={topic} onClose={onClose} /> : null;
}
