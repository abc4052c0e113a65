/**
 * The Groups stage, between Topics and Vote: an affinity board. Topic cards are dragged between
 * the loose topics and named, coloured groups (mouse or keyboard); groups are renamed in place,
 * recoloured, reordered, ungrouped and split; duplicates are merged with their votes; the core
 * suggests groups of alike topics; and every step can be undone (Ctrl/⌘+Z), also after a reload.
 *
 * Every write goes to the core, which answers the whole board (store/groups.ts); a drop shows its
 * result at once and the core's answer replaces it, or puts the board back with a message.
 */
import './groups.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../../shared/domain/cluster/suggest.ts';
import type { GroupColor } from '../../../../shared/grouping.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { isolate } from '../../components/isolate.ts';
import type { FocusTarget } from '../../room/shortcuts.ts';
import { type BoardWrite, changeBoard, useGroups } from '../../store/groups.ts';
import { paths } from '../../store/router.ts';
import { showToast } from '../../store/toasts.ts';
import { type TopicItem, useTopics } from '../../store/topics.ts';
import { Board } from './Board.tsx';
import { applyMove, applyReorder, boardView, nextColor } from './boardModel.ts';
import type { Drop } from './dropTarget.ts';
import { GroupDialog } from './GroupDialog.tsx';
import { GroupIcon } from './GroupIcons.tsx';
import { MergeGroupsDialog, MergeTopicsDialog } from './MergeDialogs.tsx';
import { groupsError } from './messages.ts';
import { SuggestPanel } from './SuggestPanel.tsx';
import {
  EMPTY_SELECTION,
  newGroupPosition,
  pruneSelection,
  type Selection,
  selectionActions,
  toggleGroup,
  toggleTopic,
} from './selection.ts';
import { stepWords, undoShortcut, undoText } from './undo.ts';

type Open = 'new' | 'fromSelection' | 'mergeTopics' | 'mergeGroups' | null;

const NO_TOPICS: TopicItem[] = [];

export function GroupsScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const board = useGroups((s) => (s.workshopId === workshopId ? s.board : null));
  const status = useGroups((s) => s.status);
  const topicItems = useTopics((s) => (s.workshopId === workshopId ? s.items : NO_TOPICS));
  const topicsStatus = useTopics((s) => s.status);
  const view = useMemo(() => boardView(board, topicItems), [board, topicItems]);
  const topics = useMemo(() => new Map(topicItems.map((x) => [x.id, x])), [topicItems]);

  const [chosen, setChosen] = useState<Selection>(EMPTY_SELECTION);
  const selection = useMemo(() => pruneSelection(chosen, view), [chosen, view]);
  const actions = selectionActions(selection, view);
  const [open, setOpen] = useState<Open>(null);
  const [suggesting, setSuggesting] = useState(false);
  const dragging = useRef(false);
  const travelling = useRef(false);

  /** A write to the core; a refusal is said in a toast and the board stays as the core has it. */
  const write = useCallback(
    async <M extends BoardWrite>(
      name: M,
      input: Parameters<typeof changeBoard<M>>[1],
      expected?: Parameters<typeof changeBoard<M>>[2],
    ) => {
      const result = await changeBoard(name, input, expected);
      if (!result.ok) showToast({ tone: 'error', message: groupsError(result.error) });
      return result;
    },
    [],
  );

  // ---------- undo and redo ----------
  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      const step = useGroups.getState().board?.[direction];
      if (!step || travelling.current) return;
      travelling.current = true;
      const result = await write(direction === 'undo' ? 'groups:undo' : 'groups:redo', { workshopId });
      travelling.current = false;
      if (result.ok) {
        const { key, count } = stepWords(step);
        showToast({ tone: 'info', message: t(`groups.${direction}.done`, { step: t(key, { count }) }) });
      }
    },
    [t, workshopId, write],
  );

  /** An "Undo" on a toast takes back that step only, not one made since. */
  const undoAction = useCallback(
    (at: string | undefined) => ({
      label: t('groups.undo.action'),
      run: async () => {
        if (useGroups.getState().board?.undo?.at !== at) {
          showToast({ tone: 'info', message: t('groups.undo.notLast') });
          return;
        }
        await travel('undo');
      },
    }),
    [t, travel],
  );

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const focus = e.target instanceof HTMLElement ? (e.target as FocusTarget & HTMLElement) : null;
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      const which = undoShortcut(e, focus, { dialogOpen, dragging: dragging.current });
      if (which) {
        e.preventDefault();
        void travel(which);
      } else if (e.key === 'Escape' && !e.defaultPrevented && !dialogOpen && !dragging.current) {
        setChosen(EMPTY_SELECTION);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [travel]);

  // ---------- the board's actions (stable: the columns are memoised) ----------
  const onToggleTopic = useCallback((id: string) => setChosen((s) => toggleTopic(s, id)), []);
  const onToggleGroup = useCallback((id: string) => setChosen((s) => toggleGroup(s, id)), []);
  const onDragging = useCallback((on: boolean) => {
    dragging.current = on;
  }, []);

  const onDrop = useCallback(
    (drop: Drop) => {
      if (drop.kind === 'move') {
        const { topicIds, groupId, position } = drop;
        void write(
          'groups:moveTopics',
          { workshopId, topicIds, groupId, ...(position === undefined ? {} : { position }) },
          (b) => applyMove(b, topicIds, groupId, position),
        );
      } else {
        const { groupIds } = drop;
        void write('groups:reorder', { workshopId, groupIds }, (b) => applyReorder(b, groupIds));
      }
    },
    [workshopId, write],
  );

  const onRename = useCallback(
    async (groupId: string, title: string) => (await write('groups:update', { groupId, patch: { title } })).ok,
    [write],
  );

  const onRecolor = useCallback(
    (groupId: string, color: GroupColor) => {
      void write('groups:update', { groupId, patch: { color } }, (b) => ({
        ...b,
        groups: b.groups.map((g) => (g.id === groupId ? { ...g, color } : g)),
      }));
    },
    [write],
  );

  const onUngroup = useCallback(
    (groupId: string) => {
      const group = useGroups.getState().board?.groups.find((g) => g.id === groupId);
      void write('groups:remove', { groupId }).then((result) => {
        if (result.ok && group)
          showToast({
            tone: 'info',
            message: t('groups.group.ungrouped', { name: isolate(group.title), count: group.topicIds.length }),
            action: undoAction(result.value.undo?.at),
          });
      });
    },
    [t, write, undoAction],
  );

  const onCreate = async (title: string, color: GroupColor): Promise<string | null> => {
    const fromSelection = open === 'fromSelection';
    const topicIds = fromSelection ? actions.topicIds : [];
    const position = fromSelection ? newGroupPosition(view, actions.splitFrom) : undefined;
    const result = await changeBoard('groups:create', {
      workshopId,
      group: { title, color },
      topicIds,
      ...(position === undefined ? {} : { position }),
    });
    if (!result.ok) return groupsError(result.error);
    setOpen(null);
    if (fromSelection) setChosen(EMPTY_SELECTION);
    showToast({
      tone: 'success',
      message:
        topicIds.length > 0
          ? t('groups.create.created', { name: isolate(title), count: topicIds.length })
          : t('groups.create.createdEmpty', { name: isolate(title) }),
    });
    return null;
  };

  const onMergeTopics = async (intoId: string, fromIds: string[]): Promise<boolean> => {
    const kept = topics.get(intoId);
    const result = await write('topics:merge', { intoTopicId: intoId, fromTopicIds: fromIds });
    if (!result.ok) return false;
    setChosen(EMPTY_SELECTION);
    showToast({
      tone: 'success',
      message: t('groups.merge.topicsDone', {
        count: fromIds.length + 1,
        seq: kept?.seq ?? '',
        title: isolate(kept?.title ?? ''),
      }),
      action: undoAction(result.value.undo?.at),
    });
    return true;
  };

  const onMergeGroups = async (intoId: string, fromId: string): Promise<boolean> => {
    const into = view.groups.find((g) => g.id === intoId);
    const result = await write('groups:merge', { intoGroupId: intoId, fromGroupId: fromId });
    if (!result.ok) return false;
    setChosen(EMPTY_SELECTION);
    showToast({
      tone: 'success',
      message: t('groups.merge.groupsDone', { name: isolate(into?.title ?? '') }),
      action: undoAction(result.value.undo?.at),
    });
    return true;
  };

  const onAcceptSuggestion = useCallback(
    async (s: Suggestion): Promise<boolean> => {
      const groups = useGroups.getState().board?.groups ?? [];
      const result = s.groupId
        ? await write('groups:moveTopics', { workshopId, topicIds: s.topicIds, groupId: s.groupId }, (b) =>
            applyMove(b, s.topicIds, s.groupId ?? null),
          )
        : await write('groups:create', {
            workshopId,
            group: { title: (s.label || t('groups.suggest.unnamed')).slice(0, 200), color: nextColor(groups) },
            topicIds: s.topicIds,
          });
      return result.ok;
    },
    [t, workshopId, write],
  );

  // ---------- the screen ----------
  const undoStep = board?.undo ?? null;
  const redoStep = board?.redo ?? null;
  const topicCount = topicItems.filter((x) => !x.pending).length;
  const [mergeA, mergeB] = actions.groupIds.map((id) => view.groups.find((g) => g.id === id));
  const selectedCount = actions.topicIds.length + actions.groupIds.length;

  if (topicCount === 0 && topicsStatus === 'ready' && (board?.groups.length ?? 0) === 0)
    return (
      <div className="groups">
        <EmptyState
          icon="bulb"
          title={t('groups.noTopicsTitle')}
          level={2}
          action={
            <a className="btn btn--secondary btn--md" href={paths.tab(workshopId, 'topics')}>
              {t('groups.goToTopics')}
            </a>
          }
        >
          {t('groups.noTopicsText')}
        </EmptyState>
      </div>
    );

  return (
    <div className="groups">
      <header className="groups__head">
        <div className="groups__intro">
          <h2 className="section-title">{t('groups.title')}</h2>
          <p className="muted" data-testid="groups-summary">
            {t('groups.summary', {
              groups: t('groups.countGroups', { count: view.groups.length }),
              loose: t('groups.countLoose', { count: view.loose.length }),
            })}
          </p>
        </div>
        <div className="groups__tools">
          <Button
            variant="ghost"
            icon="undo"
            disabled={!undoStep}
            onClick={() => void travel('undo')}
            title={t('groups.undo.shortcut')}
            data-testid="undo"
          >
            {undoText(t, 'undo', undoStep)}
          </Button>
          <Button
            variant="ghost"
            disabled={!redoStep}
            onClick={() => void travel('redo')}
            title={t('groups.redo.shortcut')}
            data-testid="redo"
          >
            <GroupIcon name="redo" />
            {undoText(t, 'redo', redoStep)}
          </Button>
          <Button aria-expanded={suggesting} onClick={() => setSuggesting((s) => !s)}>
            <GroupIcon name="sparkle" />
            {t('groups.suggest.open')}
          </Button>
          <Button variant="primary" icon="plus" onClick={() => setOpen('new')}>
            {t('groups.create.open')}
          </Button>
        </div>
      </header>

      {suggesting ? (
        <SuggestPanel
          workshopId={workshopId}
          view={view}
          topics={topics}
          onAccept={onAcceptSuggestion}
          onClose={() => setSuggesting(false)}
        />
      ) : null}

      <div className={`selection-bar${selectedCount > 0 ? ' selection-bar--on' : ''}`} data-testid="selection-bar">
        <p className="selection-bar__count" aria-live="polite">
          {actions.groupIds.length > 0
            ? t('groups.selection.groups', { count: actions.groupIds.length })
            : actions.topicIds.length > 0
              ? t('groups.selection.topics', { count: actions.topicIds.length })
              : t('groups.selection.none')}
        </p>
        {actions.groupIds.length > 0 ? (
          <Button size="sm" disabled={!actions.mergeGroups} onClick={() => setOpen('mergeGroups')}>
            <GroupIcon name="merge" size={16} />
            {t('groups.selection.mergeGroups')}
          </Button>
        ) : (
          <>
            <Button size="sm" icon="plus" disabled={!actions.newGroup} onClick={() => setOpen('fromSelection')}>
              {t('groups.selection.newGroup')}
            </Button>
            <Button size="sm" disabled={!actions.mergeTopics} onClick={() => setOpen('mergeTopics')}>
              <GroupIcon name="merge" size={16} />
              {t('groups.selection.mergeTopics')}
            </Button>
          </>
        )}
        {selectedCount > 0 ? (
          <Button size="sm" variant="ghost" onClick={() => setChosen(EMPTY_SELECTION)}>
            {t('groups.selection.clear')}
          </Button>
        ) : null}
      </div>

      {board || status === 'ready' ? (
        <Board
          view={view}
          topics={topics}
          selection={selection}
          onDrop={onDrop}
          onToggleTopic={onToggleTopic}
          onToggleGroup={onToggleGroup}
          onRename={onRename}
          onRecolor={onRecolor}
          onUngroup={onUngroup}
          onDragging={onDragging}
        />
      ) : (
        <div className="panel--loading" aria-busy="true" />
      )}

      <GroupDialog
        open={open === 'new' || open === 'fromSelection'}
        topicCount={open === 'fromSelection' ? actions.topicIds.length : 0}
        split={open === 'fromSelection' && actions.splitFrom !== null}
        suggestedColor={nextColor(view.groups)}
        onCreate={onCreate}
        onClose={() => setOpen(null)}
      />
      {open === 'mergeTopics' && actions.mergeTopics ? (
        <MergeTopicsDialog
          topics={actions.topicIds.flatMap((id) => topics.get(id) ?? [])}
          onMerge={onMergeTopics}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'mergeGroups' && mergeA && mergeB ? (
        <MergeGroupsDialog groups={[mergeA, mergeB]} onMerge={onMergeGroups} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
