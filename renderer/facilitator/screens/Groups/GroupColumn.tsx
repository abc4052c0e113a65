/**
 * A group on the board: its name (renamed in place), colour, topics in order, and the actions on
 * it (select, recolour, ungroup). Picked up by its handle to change the order of the groups; a
 * topic dropped on it anywhere but on a card goes to its end.
 */
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  type KeyboardEventHandler,
  memo,
  type PointerEvent,
  type PointerEventHandler,
  type Ref,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_COLORS, type Group, type GroupColor, type MergedTopic } from '../../../../shared/grouping.ts';
import { LIMITS } from '../../../../shared/schemas.ts';
import { IconButton } from '../../components/Button.tsx';
import { useTooLong } from '../../components/Field.tsx';
import { isolate } from '../../components/isolate.ts';
import type { TopicItem } from '../../store/topics.ts';
import { type Hint, SortableTopic } from './BoardCard.tsx';
import { groupDndId, noMerged, topicDndId } from './boardModel.ts';
import { GroupIcon } from './GroupIcons.tsx';

export interface TopicHint {
  topicId: string;
  edge: Hint;
}

interface GroupActions {
  onToggleTopic: (topicId: string) => void;
  onToggleGroup: (groupId: string) => void;
  /** Resolves true once the core took the new name. */
  onRename: (groupId: string, title: string) => Promise<boolean>;
  onRecolor: (groupId: string, color: GroupColor) => void;
  onUngroup: (groupId: string) => void;
}

interface GroupCardProps extends GroupActions {
  group: Group;
  topics: ReadonlyMap<string, TopicItem>;
  mergedInto: ReadonlyMap<string, MergedTopic[]>;
  selectedTopics: ReadonlySet<string>;
  selected: boolean;
  /** A topic is being dragged over this group. */
  dropping: boolean;
  topicHint: TopicHint | null;
}

interface HandleProps {
  attributes: Record<string, unknown>;
  onKeyDown?: KeyboardEventHandler;
  setRef?: Ref<HTMLButtonElement>;
}

/** The name, or a field to change it: Enter or leaving the field saves, Escape keeps the old name. */
function GroupName({
  group,
  titleId,
  onRename,
}: {
  group: Group;
  titleId: string;
  onRename: GroupActions['onRename'];
}) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const saving = useRef(false);

  const save = async () => {
    if (draft === null || saving.current) return;
    const title = draft.trim();
    if (title === group.title) {
      setDraft(null);
      return;
    }
    if (!title) {
      setError(t('groups.errors.nameRequired'));
      return;
    }
    const over = tooLong(title, LIMITS.title);
    if (over) {
      setError(over);
      return;
    }
    saving.current = true;
    const ok = await onRename(group.id, title);
    saving.current = false;
    if (ok) {
      setDraft(null);
      setError(null);
    }
  };

  if (draft === null)
    return (
      <div className="gcol__name">
        <h3 className="gcol__title" id={titleId}>
          <bdi>{group.title}</bdi>
        </h3>
        <IconButton
          icon="edit"
          label={t('groups.group.rename', { name: isolate(group.title) })}
          className="gcol__rename"
          onClick={() => setDraft(group.title)}
        />
      </div>
    );
  return (
    <div className="gcol__name gcol__name--editing">
      {/* The group keeps its name for assistive tech while it is being renamed. */}
      <span className="visually-hidden" id={titleId}>
        <bdi>{group.title}</bdi>
      </span>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('groups.group.nameLabel')}
      </label>
      <input
        id={inputId}
        className="input input--sm gcol__input"
        value={draft}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the name the facilitator chose to edit
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={() => void save()}
      />
      {error ? (
        <p className="field__error gcol__error" id={`${inputId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The colour button and its swatches (radio buttons: arrows move, Escape closes). */
function ColorPicker({ group, onRecolor }: { group: Group; onRecolor: GroupActions['onRecolor'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: globalThis.PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    box.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div className="gcol__colors" ref={box}>
      <button
        ref={button}
        type="button"
        className="icon-btn icon-btn--ghost"
        aria-expanded={open}
        aria-label={t('groups.group.color', { name: isolate(group.title), color: t(`groups.colors.${group.color}`) })}
        title={t('groups.group.colorHint')}
        onClick={() => setOpen((o) => !o)}
      >
        <GroupIcon name="palette" />
      </button>
      {open ? (
        <fieldset
          className="swatches swatches--popover"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <legend className="visually-hidden">{t('groups.group.colorLegend', { name: isolate(group.title) })}</legend>
          {GROUP_COLORS.map((color) => (
            <label key={color} className={`swatch gcolor--${color}`} title={t(`groups.colors.${color}`)}>
              <input
                type="radio"
                name={name}
                value={color}
                checked={group.color === color}
                onChange={() => {
                  onRecolor(group.id, color);
                }}
                onClick={() => {
                  // A click (not an arrow key) chooses and closes.
                  setOpen(false);
                  button.current?.focus();
                }}
              />
              <span className="visually-hidden">{t(`groups.colors.${color}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

const GroupCard = memo(function GroupCard({
  group,
  topics,
  mergedInto,
  selectedTopics,
  selected,
  dropping,
  topicHint,
  handle,
  onToggleTopic,
  onToggleGroup,
  onRename,
  onRecolor,
  onUngroup,
}: GroupCardProps & { handle: HandleProps }) {
  const { t } = useTranslation();
  const items = useMemo(() => group.topicIds.map(topicDndId), [group.topicIds]);
  const roleDescription = t('groups.card.roleDescription');
  const named = { name: isolate(group.title) };
  const titleId = `group-${group.id}-title`;
  return (
    <section
      className={`gcol gcolor--${group.color}${dropping ? ' gcol--dropping' : ''}${selected ? ' gcol--selected' : ''}`}
      aria-labelledby={`${titleId}-kind ${titleId}`}
      data-testid="group"
    >
      <span className="visually-hidden" id={`${titleId}-kind`}>
        {t('groups.group.region')}
      </span>
      <header className="gcol__head">
        <button
          type="button"
          ref={handle.setRef}
          className="gcol__handle"
          {...handle.attributes}
          onKeyDown={handle.onKeyDown}
          aria-label={t('groups.group.move', named)}
          title={t('groups.card.moveHint')}
        >
          <GroupIcon name="grip" size={16} />
        </button>
        <input
          type="checkbox"
          className="gcol__check"
          checked={selected}
          onChange={() => onToggleGroup(group.id)}
          aria-label={t('groups.group.select', named)}
        />
        <GroupName group={group} titleId={titleId} onRename={onRename} />
        <span className="gcol__actions">
          <ColorPicker group={group} onRecolor={onRecolor} />
          <button
            type="button"
            className="icon-btn icon-btn--ghost"
            aria-label={t('groups.group.ungroup', named)}
            title={t('groups.group.ungroupHint')}
            onClick={() => onUngroup(group.id)}
          >
            <GroupIcon name="ungroup" />
          </button>
        </span>
      </header>
      <p className="gcol__count">{t('count.topics', { count: group.topicIds.length })}</p>
      <SortableContext id={group.id} items={items} strategy={verticalListSortingStrategy}>
        {group.topicIds.length > 0 ? (
          <ul className="gcol__list">
            {group.topicIds.map((id) => {
              const topic = topics.get(id);
              if (!topic) return null;
              return (
                <SortableTopic
                  key={id}
                  topic={topic}
                  merged={mergedInto.get(id) ?? noMerged()}
                  selected={selectedTopics.has(id)}
                  containerId={group.id}
                  hint={topicHint?.topicId === id ? topicHint.edge : null}
                  onToggle={onToggleTopic}
                  roleDescription={roleDescription}
                />
              );
            })}
          </ul>
        ) : (
          <p className="gcol__empty">{t('groups.group.empty')}</p>
        )}
      </SortableContext>
    </section>
  );
});

/** Ignores a press that starts on a control of the header: it is a click there, not a drag. */
function fromControl(e: PointerEvent): boolean {
  const target = e.target as HTMLElement;
  return target.closest('input, button:not(.gcol__handle), fieldset, label') !== null;
}

export const SortableGroup = memo(function SortableGroup(props: GroupCardProps & { groupHint: Hint | null }) {
  const { t } = useTranslation();
  const { groupHint, ...card } = props;
  const { group } = card;
  const empty = group.topicIds.length === 0;
  const data = useMemo(() => ({ type: 'group', empty }), [empty]);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: groupDndId(group.id),
    data,
    attributes: { roleDescription: t('groups.group.roleDescription') },
  });
  const handle = useMemo<HandleProps>(
    () => ({
      attributes: attributes as unknown as Record<string, unknown>,
      onKeyDown: listeners?.onKeyDown as KeyboardEventHandler | undefined,
      setRef: setActivatorNodeRef,
    }),
    [attributes, listeners, setActivatorNodeRef],
  );
  const down = listeners?.onPointerDown as PointerEventHandler | undefined;
  return (
    <li
      ref={setNodeRef}
      className={`board-group${isDragging ? ' board-group--dragging' : ''}${groupHint ? ` board-group--${groupHint}` : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {/* The mouse can pick a group up by its header; the keyboard uses the handle. */}
      <div
        className="board-group__grab"
        onPointerDown={(e) => {
          // Only the header picks the group up; a card inside picks up the card.
          if (!(e.target as HTMLElement).closest('.gcol__head') || fromControl(e)) return;
          down?.(e);
        }}
      >
        <GroupCard {...card} handle={handle} />
      </div>
    </li>
  );
});
