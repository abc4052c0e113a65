/** A new join code; optionally also signs out every phone that joined with the old one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { regenerateJoin } from '../store/lan.ts';
import { showToast, toastError } from '../store/toasts.ts';

function NewCodeForm({ workshopId, joined, onClose }: { workshopId: string; joined: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [revoke, setRevoke] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    const result = await regenerateJoin(workshopId, revoke);
    setBusy(false);
    if (!result.ok) {
      toastError(result.error);
      return;
    }
    showToast({
      tone: 'success',
      message: revoke
        ? t('room.join.newCodeRevoked', { code: result.value.code })
        : t('room.join.newCodeDone', { code: result.value.code }),
    });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('room.join.newCodeTitle')}
      size="sm"
      onSubmit={() => void confirm()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant={revoke ? 'danger' : 'primary'} busy={busy} data-autofocus>
            {t('room.join.newCodeConfirm')}
          </Button>
        </>
      }
    >
      <p className="confirm__message">{t('room.join.newCodeMessage')}</p>
      <label className="check-line">
        <input type="checkbox" checked={revoke} onChange={(e) => setRevoke(e.target.checked)} />
        <span>
          <span className="check-line__label">{t('room.join.revoke')}</span>
          <span className="check-line__hint">{t('room.join.revokeHint', { count: joined })}</span>
        </span>
      </label>
    </Dialog>
  );
}

export function NewCodeDialog(props: { open: boolean; workshopId: string; joined: number; onClose: () => void }) {
  return props.open ? <NewCodeForm {...props} /> : null;
}
