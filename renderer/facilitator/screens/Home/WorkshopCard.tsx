import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../../shared/schemas.ts';
import { formatDate } from '../../../shared/i18n/format.ts';
import { FormatBadge } from '../../components/Badges.tsx';
import { IconButton } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { paths } from '../../store/router.ts';

interface WorkshopCardProps {
  workshop: WorkshopSummary;
  onDuplicate: (workshop: WorkshopSummary) => void;
  onDelete: (workshop: WorkshopSummary) => void;
}

/** The whole card opens the workshop (a stretched link on the title); the action buttons sit above it. */
export const WorkshopCard = memo(function WorkshopCard({ workshop, onDuplicate, onDelete }: WorkshopCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const place = [workshop.venue, workshop.territory].filter(Boolean).join(' · ');
  return (
    <article className="wcard" aria-labelledby={titleId}>
      <div className="wcard__top">
        <FormatBadge format={workshop.format} />
      </div>
      <h2 className="wcard__title" id={titleId}>
        <a className="wcard__link" href={paths.setup(workshop.id)}>
          {workshop.title}
        </a>
      </h2>
      {/* After the title in the DOM (Tab reaches the link first), drawn in the top corner. */}
      <div className="wcard__actions">
        {/* Named with the title (every card has these two buttons); the tooltip keeps the short verb. */}
        <IconButton
          icon="copy"
          label={t('home.duplicateNamed', { title: workshop.title })}
          title={t('home.duplicate')}
          onClick={() => onDuplicate(workshop)}
        />
        <IconButton
          icon="trash"
          label={t('home.deleteNamed', { title: workshop.title })}
          title={t('home.delete')}
          variant="danger-ghost"
          onClick={() => onDelete(workshop)}
        />
      </div>
      <ul className="wcard__meta">
        <li>
          <Icon name="calendar" size={16} />
          <time dateTime={workshop.date}>{formatDate(workshop.date, i18n.language)}</time>
        </li>
        {place ? (
          <li>
            <Icon name="pin" size={16} />
            <span>{place}</span>
          </li>
        ) : null}
        <li>
          <Icon name="globe" size={16} />
          <span>
            <span className="visually-hidden">{t('home.workshopLanguage')} </span>
            {t(`language.${workshop.language}`)}
          </span>
        </li>
      </ul>
      <div className="wcard__footer">
        <ul className="wcard__stats">
          <li>
            <Icon name="bulb" size={16} />
            {t('count.topics', { count: workshop.topicCount })}
          </li>
          <li>
            <Icon name="users" size={16} />
            {t('count.participants', { count: workshop.participantCount })}
          </li>
          <li>
            <Icon name="door" size={16} />
            {t('count.rooms', { count: workshop.roomCount })}
          </li>
        </ul>
      </div>
    </article>
  );
});
