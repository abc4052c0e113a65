import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge, ThemeChip } from '../../components/Badges.tsx';
import { IconButton } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { TopicItem } from '../../store/topics.ts';

interface TopicCardProps {
  topic: TopicItem;
  onEdit: (topic: TopicItem) => void;
  onDelete: (topic: TopicItem) => void;
}

/**
 * One card on the wall. Title, pitch and proposer may have been typed on a phone: each is
 * isolated (<bdi>), so a bidi override in it cannot turn the words around it. Memoised: a card re-renders only when its own topic object changes
 * (the store replaces the object on update), not when another topic is added or filtered.
 */
export const TopicCard = memo(function TopicCard({ topic, onEdit, onDelete }: TopicCardProps) {
  const { t } = useTranslation();
  const titleId = `topic-${topic.id}-title`;
  return (
    <article
      className={`tcard ${topic.theme ? `theme--${topic.theme}` : 'tcard--no-theme'} ${topic.pending ? 'tcard--pending' : ''}`}
      aria-labelledby={titleId}
      aria-busy={topic.pending || undefined}
      data-testid="topic-card"
    >
      <div className="tcard__top">
        <span className="tcard__seq">
          <span className="visually-hidden">{t('topics.number')} </span>#{topic.seq}
        </span>
        <ThemeChip theme={topic.theme} />
      </div>
      <h3 className="tcard__title" id={titleId}>
        <bdi>{topic.title}</bdi>
      </h3>
      {topic.pitch ? (
        <p className="tcard__pitch">
          <bdi>{topic.pitch}</bdi>
        </p>
      ) : null}
      <div className="tcard__foot">
        <span className="tcard__proposer">
          {topic.proposer ? (
            <>
              <Icon name="user" size={15} />
              <span className="visually-hidden">{t('topics.proposedBy')} </span>
              <bdi className="tcard__proposer-name" title={topic.proposer}>
                {topic.proposer}
              </bdi>
            </>
          ) : null}
        </span>
        <StatusBadge status={topic.status} />
        {topic.pending ? null : (
          <span className="tcard__actions">
            <IconButton icon="edit" label={t('topics.editN', { seq: topic.seq })} onClick={() => onEdit(topic)} />
            <IconButton
              icon="trash"
              variant="danger-ghost"
              label={t('topics.deleteN', { seq: topic.seq })}
              onClick={() => onDelete(topic)}
            />
          </span>
        )}
      </div>
    </article>
  );
});
