/**
 * A topic card on the board. The outer part (SortableTopic) follows the drag — dnd-kit re-renders
 * it when what is under the card being dragged changes — and the face inside it is memoised on
 * the topic object, its merged topics, its selection and the hint, so a drag re-renders no face
 * but the ones that change. The whole card can be picked up with the mouse; the keyboard picks
 * it up from its handle (Space or Enter, arrows, Space or Enter to drop, Escape to cancel).
 *
 * Title, proposer and the merged topics' words are participant text: in <bdi>, never markup.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEventHandler, memo, type PointerEventHandler, type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergedTopic } from '../../../../shared/grouping.ts';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../components/isolate.ts';
import type { TopicItem } from '../../store/topics.ts';
import { topicDndId } from './boardModel.ts';
import { GroupIcon } from './GroupIcons.tsx';
import { fill, slot } from './parts.tsx';

export type Hint = 'before' | 'after';

interface HandleProps {
  attributes: Record<string, unknown>;
  onKeyDown?: KeyboardEventHandler;
  setRef?: Ref<HTMLButtonElement>;
}

interface FaceProps {
  topic: TopicItem;
  merged: readonly MergedTopic[];
  selected: boolean;
  onToggle?: (topicId: string) => void;
  handle?: HandleProps;
  /** In the drag overlay: how many more topics the drag carries. */
  more?: number;
}

function MergedLine({ merged }: { merged: MergedTopic }) {
  const { t } = useTranslation();
  const title = <bdi className="bcard__merged-title">{merged.title}</bdi>;
  const proposer = <bdi>{merged.proposer}</bdi>;
  return (
    <li>
      {merged.proposer
        ? fill(t('groups.card.alsoAsBy', { title: slot('title'), proposer: slot('proposer') }), { title, proposer })
        : fill(t('groups.card.alsoAs', { title: slot('title') }), { title })}
    </li>
  );
}

export const TopicFace = memo(function TopicFace({ topic, merged, selected, onToggle, handle, more = 0 }: FaceProps) {
  const { t } = useTranslation();
  const titleId = `board-topic-${topic.id}`;
  const named = { seq: topic.seq, title: isolate(topic.title) };
  return (
    <article
      className={`bcard ${topic.theme ? `theme--${topic.theme}` : ''} ${selected ? 'bcard--selected' : ''}`}
      aria-labelledby={titleId}
      data-testid="board-topic"
    >
      <div className="bcard__top">
        {onToggle ? (
          <input
            type="checkbox"
            className="bcard__check"
            checked={selected}
            onChange={() => onToggle(topic.id)}
            aria-label={t('groups.card.select', named)}
          />
        ) : null}
        <span className="bcard__seq">
          <span className="visually-hidden">{t('topics.number')} </span>#{topic.seq}
        </span>
        {topic.theme ? (
          <span className="bcard__theme">
            <span className="chip__dot" aria-hidden="true" />
            {t(`theme.${topic.theme}`)}
          </span>
        ) : null}
        {more > 0 ? <span className="bcard__more">{t('groups.card.more', { count: more })}</span> : null}
        {handle ? (
          <button
            type="button"
            ref={handle.setRef}
            className="bcard__handle"
            {...handle.attributes}
            onKeyDown={handle.onKeyDown}
            aria-label={t('groups.card.move', named)}
            title={t('groups.card.moveHint')}
          >
            <GroupIcon name="grip" size={16} />
          </button>
        ) : null}
      </div>
      <h4 className="bcard__title" id={titleId}>
        <bdi>{topic.title}</bdi>
      </h4>
      {topic.proposer ? (
        <p className="bcard__proposer">
          <Icon name="user" size={14} />
          <span className="visually-hidden">{t('topics.proposedBy')} </span>
          <bdi title={topic.proposer}>{topic.proposer}</bdi>
        </p>
      ) : null}
      {merged.length > 0 ? (
        <ul className="bcard__merged" aria-label={t('groups.card.mergedList', { seq: topic.seq })}>
          {merged.map((m) => (
            <MergedLine key={m.id} merged={m} />
          ))}
        </ul>
      ) : null}
    </article>
  );
});

interface SortableTopicProps {
  topic: TopicItem;
  merged: readonly MergedTopic[];
  selected: boolean;
  containerId: string;
  /** Where the card being dragged would go, shown as a line on this card's edge. */
  hint: Hint | null;
  onToggle: (topicId: string) => void;
  /** "movable topic", translated once by the list (not per card and per render). */
  roleDescription: string;
}

export const SortableTopic = memo(function SortableTopic({
  topic,
  merged,
  selected,
  containerId,
  hint,
  onToggle,
  roleDescription,
}: SortableTopicProps) {
  const data = useMemo(() => ({ type: 'topic', containerId }), [containerId]);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: topicDndId(topic.id),
    data,
    attributes: { roleDescription },
  });
  const handle = useMemo<HandleProps>(
    () => ({
      attributes: attributes as unknown as Record<string, unknown>,
      onKeyDown: listeners?.onKeyDown as KeyboardEventHandler | undefined,
      setRef: setActivatorNodeRef,
    }),
    [attributes, listeners, setActivatorNodeRef],
  );
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  return (
    <li
      ref={setNodeRef}
      className={`board-item${isDragging ? ' board-item--dragging' : ''}${hint ? ` board-item--${hint}` : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onPointerDown={onPointerDown}
    >
      <TopicFace topic={topic} merged={merged} selected={selected} onToggle={onToggle} handle={handle} />
    </li>
  );
});
