/** The facilitator put the workshop away: say so calmly; the page comes back by itself if it is restored. */
import { useTranslation } from 'react-i18next';

export function WorkshopClosed() {
  const { t } = useTranslation();
  return (
    <section className="card waiting" data-testid="workshop-closed">
      <h2 className="waiting__title">{t('phone.closed.title')}</h2>
      <p className="card__text">{t('phone.closed.text')}</p>
    </section>
  );
}
