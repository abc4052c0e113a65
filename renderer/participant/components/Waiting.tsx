/** No vote open: say so calmly, and that the page updates by itself. */
import { useTranslation } from 'react-i18next';

export function Waiting() {
  const { t } = useTranslation();
  return (
    <section className="card waiting" data-testid="waiting">
      <span className="waiting__pulse" aria-hidden="true" />
      <h2 className="waiting__title">{t('phone.waiting.title')}</h2>
      <p className="card__text">{t('phone.waiting.text')}</p>
    </section>
  );
}
