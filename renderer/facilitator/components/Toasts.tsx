/**
 * The notification region. It is always in the page (empty when quiet) so assistive tech
 * registers it as live before the first message arrives.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissToast, type Toast, useToasts } from '../store/toasts.ts';
import { IconButton } from './Button.tsx';
import { Icon } from './Icon.tsx';

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.duration);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => dismissToast(toast.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(1500, remaining.current - (Date.now() - started));
    };
  }, [paused, toast.id]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover only pauses the timer; focus does the same for keyboards
    <div
      className={`toast toast--${toast.tone}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon
        name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'}
        className="toast__icon"
      />
      <p className="toast__message">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            dismissToast(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <IconButton
        icon="close"
        label={t('common.dismiss')}
        className="toast__close"
        onClick={() => dismissToast(toast.id)}
      />
    </div>
  );
}

export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  return (
    <section className="toasts" aria-label={t('common.notifications')}>
      <div role="status" aria-live="polite" className="toasts__list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
    </section>
  );
}
