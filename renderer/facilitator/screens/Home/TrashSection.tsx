import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format.ts';
import { FormatBadge } from '../../components/Badges.tsx';
import { Button } from '../../components/Button.tsx';
import { showToast, toastError } from '../../store/toasts.ts';
import { restoreWorkshop, useWorkshops } from '../../store/workshops.ts';

/** Deleted workshops stay here until restored: nothing a facilitator prepared is lost to a misclick. */
export function TrashSection() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const trash = useWorkshops((s) => s.trash);
  const status = useWorkshops((s) => s.trashStatus);

  const restore = async (workshopId: string, title: string) => {
    const result = await restoreWorkshop(workshopId);
    if (result.ok) showToast({ tone: 'success', message: t('home.restored', { title }) });
    else toastError(result.error);
  };

  return (
    <section className="trash" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-title">
          {t('home.trash')}
        </h2>
        <p className="section-lead">{t('home.trashIntro')}</p>
      </div>
      {status === 'ready' && trash.length === 0 ? (
        <p className="muted trash__empty">{t('home.trashEmpty')}</p>
      ) : (
        <ul className="trash__list" aria-busy={status === 'loading'}>
          {trash.map((w) => (
            <li key={w.id} className="trash__row">
              <FormatBadge format={w.format} />
              <span className="trash__title">{w.title}</span>
              <span className="muted trash__date">
                {w.deletedAt
                  ? t('home.deletedOn', { date: formatDate(w.deletedAt.slice(0, 10), i18n.language, 'medium') })
                  : null}
              </span>
              <Button
                size="sm"
                icon="restore"
                onClick={() => void restore(w.id, w.title)}
                aria-label={t('home.restoreNamed', { title: w.title })}
              >
                {t('home.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
