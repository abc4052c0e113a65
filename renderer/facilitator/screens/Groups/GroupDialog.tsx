/**
 * A new group: a name and a colour. From a selection it takes those topics (a split when they
 * all come from one group, and it then goes right after that group).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_COLORS, type GroupColor } from '../../../../shared/grouping.ts';
import { LIMITS } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { TextField, useTooLong } from '../../components/Field.tsx';
import { ColorChoice } from './ColorChoice.tsx';

interface GroupDialogProps {
  open: boolean;
  /** How many topics the new group takes (0: an empty group). */
  topicCount: number;
  split: boolean;
  /** A colour not used yet, offered first. */
  suggestedColor: GroupColor;
  onCreate: (title: string, color: GroupColor) => Promise<string | null>;
  onClose: () => void;
}

function GroupForm({ topicCount, split, suggestedColor, onCreate, onClose }: Omit<GroupDialogProps, 'open'>) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const [title, setTitle] = useState('');
  const [color, setColor] = useState<GroupColor>(suggestedColor);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const name = title.trim();
    if (!name) {
      setError(t('groups.errors.nameRequired'));
      return;
    }
    if (tooLong(name, LIMITS.title)) return;
    setBusy(true);
    const refused = await onCreate(name, color);
    setBusy(false);
    if (refused) setError(refused);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={split ? t('groups.create.splitTitle') : t('groups.create.title')}
      description={topicCount > 0 ? t('groups.create.withTopics', { count: topicCount }) : t('groups.create.empty')}
      onSubmit={() => void submit()}
      testId="group-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('groups.create.submit')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <TextField
          label={t('groups.create.name')}
          value={title}
          limit={LIMITS.title}
          error={error}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
        />
        <ColorChoice legend={t('groups.create.color')} value={color} onChange={setColor} colors={GROUP_COLORS} />
      </div>
    </Dialog>
  );
}

export function GroupDialog({ open, ...props }: GroupDialogProps) {
  // The form mounts with the dialog, so each opening starts blank.
  return open ? <GroupForm {...props} /> : null;
}
