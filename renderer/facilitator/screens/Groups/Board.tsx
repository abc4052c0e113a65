/**
 * The board's drag and drop (dnd-kit): topic cards between the loose topics and the groups and
 * within a group, and the groups' order. The mouse picks a card up anywhere on it, a group by its
 * header; the keyboard by their handles (Space or Enter, arrows, Space or Enter, Escape), with what
 * happens said to screen readers in the window's language.
 *
 * What a drop asks is worked out by dropOf (dropTarget.ts) and handed to `onDrop`; this component
 * holds only the drag itself. It re-renders when the drag starts, ends, or moves over something
 * new — never on each pointer move — and the cards' faces are memoised (BoardCard.tsx).
 */
import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, type SortingStrategy, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupColor, MergedTopic } from '../../../../shared/grouping.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { isolate } from '../../components/isolate.ts';
import type { TopicItem } from '../../store/topics.ts';
import { type Hint, SortableTopic, TopicFace } from './BoardCard.tsx';
import { type BoardView, containerOfDnd, groupDndId, LOOSE, noMerged, parseDndId, topicDndId } from './boardModel.ts';
import { carried, type Drop, dropOf, movePlace, reorderPlace } from './dropTarget.ts';
import { SortableGroup, type TopicHint } from './GroupColumn.tsx';
import type { Selection } from './selection.ts';

/** Scrolls (the page, the loose column) only near their top and bottom edges, never sideways. */
const AUTO_SCROLL = { threshold: { x: 0, y: 0.1 } };

/** The loose topics have no order of their own (by number), and groups differ in height: nothing slides aside. */
const still: SortingStrategy = () => null;

interface BoardProps {
  view: BoardView;
  topics: ReadonlyMap<string, TopicItem>;
  selection: Selection;
  onDrop: (drop: Drop) => void;
  onToggleTopic: (topicId: string) => void;
  onToggleGroup: (groupId: string) => void;
  onRename: (groupId: string, title: string) => Promise<boolean>;
  onRecolor: (groupId: string, color: GroupColor) => void;
  onUngroup: (groupId: string) => void;
  onDragging: (dragging: boolean) => void;
}

interface Over {
  id: string;
  /** Let go below the middle of the card it is over. */
  after: boolean;
}

const typeOf = (data: { current?: Record<string, unknown> | undefined } | undefined) => data?.current?.type;

/**
 * Groups are compared with groups only. A topic goes to the card under the pointer (keyboard: the
 * card its box overlaps); over a group's space between cards, to the nearest card of that group;
 * over an empty group or the loose column, to it.
 *
 * With the pointer, the container under it is found first, then the card among that container's
 * cards only: a droppable's rect reads the scroll of its scrolling ancestors on each access, so
 * testing all 300 cards on every pointer move was most of a move's cost.
 */
const collisions: CollisionDetection = (args) => {
  const { droppableContainers: all, pointerCoordinates } = args;
  if (typeOf(args.active.data) === 'group')
    return closestCenter({ ...args, droppableContainers: all.filter((c) => typeOf(c.data) === 'group') });
  const cardsOf = (containerId: string) =>
    all.filter((c) => typeOf(c.data) === 'topic' && c.data.current?.containerId === containerId);
  if (pointerCoordinates) {
    const containers = all.filter((c) => typeOf(c.data) === 'group' || typeOf(c.data) === 'loose');
    const [container] = pointerWithin({ ...args, droppableContainers: containers });
    if (!container) return [];
    const ref = parseDndId(container.id);
    const cards = cardsOf(ref?.kind === 'group' ? ref.id : LOOSE);
    if (cards.length === 0) return [container];
    const [card] = pointerWithin({ ...args, droppableContainers: cards });
    if (card) return [card];
    if (ref?.kind !== 'group') return [container];
    return closestCenter({ ...args, droppableContainers: cards }).slice(0, 1);
  }
  // The keyboard: the card (else the container) the moved box overlaps most.
  const hits = rectIntersection(args);
  const card = hits.find((h) => String(h.id).startsWith('topic:'));
  if (card) return [card];
  const container = hits.find((h) => h.id === LOOSE || String(h.id).startsWith('group:'));
  return container ? [container] : [];
};

/**
 * The arrow keys step from card to card (sortableKeyboardCoordinates), over groups only when a
 * group is moved, and onto a group or the loose column itself only when it has no card to land on.
 */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const all = args.context.droppableContainers;
  const moving = typeOf(args.context.active?.data);
  const keep = (type: unknown, empty: unknown) =>
    moving === 'group' ? type === 'group' : type === 'topic' || empty === true;
  const filtered = {
    getEnabled: () => all.getEnabled().filter((c) => keep(typeOf(c.data), c.data.current?.empty)),
    get: (id: Parameters<typeof all.get>[0]) => all.get(id),
  };
  return sortableKeyboardCoordinates(event, {
    ...args,
    context: { ...args.context, droppableContainers: filtered as unknown as typeof all },
  });
};

/** A press becomes a drag after 6 px, so a click on a card's box or handle stays a click. */
const POINTER = { activationConstraint: { distance: 6 } };
const KEYBOARD = { coordinateGetter: keyboardCoordinates };

interface LooseProps {
  ids: readonly string[];
  topics: ReadonlyMap<string, TopicItem>;
  mergedInto: ReadonlyMap<string, MergedTopic[]>;
  selected: ReadonlySet<string>;
  onToggle: (topicId: string) => void;
}

const LooseList = memo(function LooseList({ ids, topics, mergedInto, selected, onToggle }: LooseProps) {
  const { t } = useTranslation();
  const items = useMemo(() => ids.map(topicDndId), [ids]);
  const roleDescription = t('groups.card.roleDescription');
  return (
    <SortableContext id={LOOSE} items={items} strategy={still}>
      {ids.length > 0 ? (
        <ul className="loose__list" aria-labelledby="loose-heading">
          {ids.map((id) => {
            const topic = topics.get(id);
            if (!topic) return null;
            return (
              <SortableTopic
                key={id}
                topic={topic}
                merged={mergedInto.get(id) ?? noMerged()}
                selected={selected.has(id)}
                containerId={LOOSE}
                hint={null}
                onToggle={onToggle}
                roleDescription={roleDescription}
              />
            );
          })}
        </ul>
      ) : (
        <p className="loose__empty">{t('groups.loose.empty')}</p>
      )}
    </SortableContext>
  );
});

function LooseColumn(props: LooseProps & { dropping: boolean }) {
  const { t } = useTranslation();
  const { dropping, ...list } = props;
  const empty = list.ids.length === 0;
  const data = useMemo(() => ({ type: 'loose', empty }), [empty]);
  const { setNodeRef } = useDroppable({ id: LOOSE, data });
  return (
    <section
      ref={setNodeRef}
      className={`loose${dropping ? ' loose--dropping' : ''}`}
      aria-labelledby="loose-heading"
      data-testid="loose-topics"
    >
      <header className="loose__head">
        <h3 className="loose__title" id="loose-heading">
          {t('groups.loose.title')}
        </h3>
        <span className="loose__count">{t('count.topics', { count: list.ids.length })}</span>
      </header>
      <p className="loose__lead">{t('groups.loose.lead')}</p>
      <LooseList {...list} />
    </section>
  );
}

export function Board({
  view,
  topics,
  selection,
  onDrop,
  onToggleTopic,
  onToggleGroup,
  onRename,
  onRecolor,
  onUngroup,
  onDragging,
}: BoardProps) {
  const { t, i18n } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [over, setOver] = useState<Over | null>(null);
  const overRef = useRef<Over | null>(null);

  // Announcements and handlers read the board as it is now, without re-registering on each change.
  const current = useRef({ view, selection });
  current.current = { view, selection };

  // Options kept in constants: new objects on each render would give every card new listeners.
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));

  const dropFor = useCallback((active: string | number, overId: string | number | null | undefined, after = false) => {
    const { view, selection } = current.current;
    return dropOf(view, active, overId, { selected: selection.topics, after });
  }, []);

  const setOverOnce = (next: Over | null) => {
    const prev = overRef.current;
    if (prev?.id === next?.id && prev?.after === next?.after) return;
    overRef.current = next;
    setOver(next);
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    onDragging(true);
  };

  // On each move (the side of the card under the pointer), and when what is under it changes (the
  // move that crossed into it was reported before dnd-kit had found it).
  const onDragMove = ({ active, over, activatorEvent, delta }: DragMoveEvent | DragOverEvent) => {
    if (!over) {
      setOverOnce(null);
      return;
    }
    let after = false;
    if (typeOf(active.data) === 'topic' && 'clientY' in activatorEvent) {
      const y = (activatorEvent as PointerEvent).clientY + delta.y;
      after = y > over.rect.top + over.rect.height / 2;
    }
    setOverOnce({ id: String(over.id), after });
  };

  const finish = () => {
    setActiveId(null);
    overRef.current = null;
    setOver(null);
    onDragging(false);
  };

  const onDragEnd = ({ active, over: target }: DragEndEvent) => {
    const after = overRef.current?.id === String(target?.id) ? overRef.current.after : false;
    const drop = dropFor(active.id, target?.id, after);
    finish();
    if (drop) onDrop(drop);
  };

  // ---------- what screen readers hear ----------
  const announcements = useMemo<Announcements>(() => {
    const nameOf = (dndId: string | number): string => {
      const ref = parseDndId(dndId);
      if (ref?.kind === 'topic') {
        const topic = topics.get(ref.id);
        return topic ? t('groups.dnd.topic', { seq: topic.seq, title: isolate(topic.title) }) : '';
      }
      if (ref?.kind === 'group') {
        const group = current.current.view.groups.find((g) => g.id === ref.id);
        return group ? t('groups.dnd.group', { name: isolate(group.title) }) : '';
      }
      return '';
    };
    const where = (active: string | number, drop: Drop | null, verb: 'over' | 'dropped'): string => {
      const name = nameOf(active);
      if (!drop) return t(`groups.dnd.${verb}.same`, { name });
      const { view } = current.current;
      if (drop.kind === 'reorder') {
        const ref = parseDndId(active);
        const position = ref?.kind === 'group' ? reorderPlace(drop, ref.id) : 0;
        return t(`groups.dnd.${verb}.groupPlace`, { name, position, count: drop.groupIds.length });
      }
      const place = movePlace(view, drop);
      const others = drop.topicIds.length - 1;
      const withOthers = others > 0 ? t('groups.dnd.withOthers', { count: others }) : '';
      if (place.groupId === null) return t(`groups.dnd.${verb}.loose`, { name, withOthers });
      const group = view.groups.find((g) => g.id === place.groupId);
      return t(`groups.dnd.${verb}.inGroup`, {
        name,
        withOthers,
        group: isolate(group?.title ?? ''),
        position: place.position,
        count: place.count,
      });
    };
    // A sentence that starts with a name ("topic 3, …") starts with a capital.
    const sentence = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
    return {
      onDragStart: ({ active }) => {
        const ref = parseDndId(active.id);
        const count =
          ref?.kind === 'topic' ? carried(current.current.view, ref.id, current.current.selection.topics).length : 1;
        return count > 1
          ? t('groups.dnd.pickedUpMany', { name: nameOf(active.id), count: count - 1 })
          : t('groups.dnd.pickedUp', { name: nameOf(active.id) });
      },
      onDragOver: ({ active, over }) => {
        // Over itself, as a drag starts: the pick-up was just said.
        if (over?.id === active.id) return undefined;
        return sentence(
          over
            ? where(active.id, dropFor(active.id, over.id), 'over')
            : t('groups.dnd.nowhere', { name: nameOf(active.id) }),
        );
      },
      onDragEnd: ({ active, over }) => sentence(where(active.id, dropFor(active.id, over?.id), 'dropped')),
      onDragCancel: ({ active }) => t('groups.dnd.cancelled', { name: nameOf(active.id) }),
    };
  }, [t, i18n, topics, dropFor]);

  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('groups.dnd.instructions') } }),
    [announcements, t],
  );

  // ---------- where the drag would land, shown on the board ----------
  const active = parseDndId(activeId);
  let targetContainer: string | null = null;
  let topicHint: TopicHint | null = null;
  let groupHint: { groupId: string; edge: Hint } | null = null;
  if (active && over) {
    const drop = dropFor(active.kind === 'topic' ? topicDndId(active.id) : String(activeId), over.id, over.after);
    if (drop?.kind === 'move') {
      targetContainer = drop.groupId ?? LOOSE;
      const overRef = parseDndId(over.id);
      const sorting = drop.topicIds.length === 1 && view.containerOf.get(drop.topicIds[0] ?? '') === targetContainer;
      if (overRef?.kind === 'topic' && targetContainer !== LOOSE && !sorting)
        topicHint = { topicId: overRef.id, edge: over.after ? 'after' : 'before' };
    } else if (drop?.kind === 'reorder' && active.kind === 'group') {
      const target = containerOfDnd(view, over.id);
      const ids = view.groups.map((g) => g.id);
      if (target)
        groupHint = { groupId: target, edge: ids.indexOf(active.id) < ids.indexOf(target) ? 'after' : 'before' };
    }
  }

  const groupItems = useMemo(() => view.groups.map((g) => groupDndId(g.id)), [view.groups]);
  const activeTopic = active?.kind === 'topic' ? topics.get(active.id) : undefined;
  const activeGroup = active?.kind === 'group' ? view.groups.find((g) => g.id === active.id) : undefined;
  const carrying = active?.kind === 'topic' ? carried(view, active.id, selection.topics).length : 1;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={accessibility}
      autoScroll={AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <div className="board">
        <LooseColumn
          ids={view.loose}
          topics={topics}
          mergedInto={view.mergedInto}
          selected={selection.topics}
          onToggle={onToggleTopic}
          dropping={targetContainer === LOOSE}
        />
        <div className="board__groups">
          {view.groups.length > 0 ? (
            <SortableContext id="groups" items={groupItems} strategy={still}>
              <ul className="gcols" aria-label={t('groups.board.groupsLabel')}>
                {view.groups.map((group) => (
                  <SortableGroup
                    key={group.id}
                    group={group}
                    topics={topics}
                    mergedInto={view.mergedInto}
                    selectedTopics={selection.topics}
                    selected={selection.groups.has(group.id)}
                    dropping={targetContainer === group.id}
                    topicHint={topicHint && view.containerOf.get(topicHint.topicId) === group.id ? topicHint : null}
                    groupHint={groupHint?.groupId === group.id ? groupHint.edge : null}
                    onToggleTopic={onToggleTopic}
                    onToggleGroup={onToggleGroup}
                    onRename={onRename}
                    onRecolor={onRecolor}
                    onUngroup={onUngroup}
                  />
                ))}
              </ul>
            </SortableContext>
          ) : (
            <EmptyState icon="grid" title={t('groups.board.emptyTitle')} level={3}>
              {t('groups.board.emptyText')}
            </EmptyState>
          )}
        </div>
      </div>
      <DragOverlay>
        {activeTopic ? (
          <div className="board-overlay">
            <TopicFace
              topic={activeTopic}
              merged={view.mergedInto.get(activeTopic.id) ?? noMerged()}
              selected={selection.topics.has(activeTopic.id)}
              more={carrying - 1}
            />
          </div>
        ) : activeGroup ? (
          <div className={`board-overlay gcol gcolor--${activeGroup.color}`}>
            <p className="gcol__title">
              <bdi>{activeGroup.title}</bdi>
            </p>
            <p className="gcol__count">{t('count.topics', { count: activeGroup.topicIds.length })}</p>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
