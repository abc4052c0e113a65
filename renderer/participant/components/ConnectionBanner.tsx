/** A small line while the phone cannot reach the laptop: taps are kept and sent when it is back. */
import { useTranslation } from 'react-i18next';
import { selectReconnecting, usePhone } from '../store/phoneStore.ts';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const reconnecting = usePhone(selectReconnecting);
  return (
    <div className="connection" role="status">
      {reconnecting ? (
        <p className="connection__text" data-testid="reconnecting">
          <span className="connection__spinner" aria-hidden="true" />
          {t('phone.connection.reconnecting')}
        </p>
      ) : null}
    </div>
  );
}
