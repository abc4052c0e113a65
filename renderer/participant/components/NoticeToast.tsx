/**
 * Why a tap or a form was refused, in plain words (translated by error code, never the
 * server's English message), announced politely and gone after a few seconds.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../store/phoneStore.ts';

const SHOW_MS = 6000;

/** The message key for an error code; unknown codes get a generic message. */
export function errorKey(code: string): string {
  return `phone.errors.${code}`;
}

export function NoticeToast() {
  const { t, i18n } = useTranslation();
  const notice = usePhone((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      if (usePhone.getState().notice?.id === notice.id) usePhone.setState({ notice: null });
    }, SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const key = notice ? errorKey(notice.code) : '';
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice ? (
        <p className="toast" key={notice.id} data-testid="notice">
          {i18n.exists(key) ? t(key) : t('phone.errors.unknown')}
          <button
            type="button"
            className="toast__close"
            aria-label={t('phone.dismiss')}
            onClick={() => usePhone.setState({ notice: null })}
          >
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
