/**
 * Topics proposed from phones wait here until the facilitator accepts (as typed, or retouched)
 * or rejects them, one by one or several at once: tick them (Shift+click ticks a range), then
 * accept, reject or merge them into a topic already on the wall, all or nothing. Decided ones are
 * listed under the queue with what became of them. Participant text is shown as text only; React
 * escapes it, nothing is parsed.
 */
import { type ChangeEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgoraError } from '../../../shared/result.ts';
import type { Topic } from '../../../shared/schemas.ts';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Icon } from '../components/Icon.tsx';
import { isolate } from '../components/isolate.ts';
import { focusAfterRemoval } from '../lib/focus.ts';
import { acceptSuggestion, decideSuggestions, rejectSuggestion, useSuggestions } from '../store/suggestions.ts';
import { showToast, toastError } from '../store/toasts.ts';
import { useTopics } from '../store/topics.ts';
import { AcceptDialog } from './AcceptDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';

type Bulk = 'accept' | 'reject';

const SuggestionItem = memo(function SuggestionItem({
  suggestion,
  index,
  selected,
  locked,
  onToggle,
  onEdit,
}: {
  suggestion: TopicSuggestion;
  index: number;
  selected: boolean;
  /** A decision on several runs: nothing else is decided meanwhile. */
  locked: boolean;
  onToggle: (index: number, on: boolean, range: boolean) => void;
  onEdit: (s: TopicSuggestion) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const titleId = `suggestion-${suggestion.id}-title`;

  const accept = async () => {
    setBusy('accept');
    const result = await acceptSuggestion(suggestion);
    setBusy(null);
    if (result.ok) {
      showToast({ tone: 'success', message: t('room.suggestions.accepted', { seq: result.value.seq }) });
      focusAfterRemoval('queue-heading');
    } else toastError(result.error);
  };
  const reject = async () => {
    setBusy('reject');
    const result = await rejectSuggestion(suggestion.id);
    setBusy(null);
    if (result.ok) {
      showToast({ tone: 'info', message: t('room.suggestions.rejected', { title: isolate(suggestion.title) }) });
      focusAfterRemoval('queue-heading');
    } else toastError(result.error);
  };
  const disabled = busy !== null || locked;

  return (
    <li>
      <article
        className={`suggestion ${selected ? 'suggestion--picked' : ''}`}
        aria-labelledby={titleId}
        data-testid="suggestion"
      >
        <div className="queue-item__head">
          <input
            type="checkbox"
            className="queue-item__check"
            checked={selected}
            disabled={locked}
            onChange={(e: ChangeEvent<HTMLInputElement>) =>
              onToggle(index, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)
            }
            aria-label={t('room.suggestions.selectNamed', { title: suggestion.title })}
          />
          {/* Typed on a phone: isolated, so a bidi override in it cannot turn the text around it. */}
          <h4 className="suggestion__title" id={titleId}>
            <bdi>{suggestion.title}</bdi>
          </h4>
        </div>
        {suggestion.pitch ? (
          <p className="suggestion__pitch">
            <bdi>{suggestion.pitch}</bdi>
          </p>
        ) : null}
        <p className="suggestion__from">
          <Icon name="phone" size={14} />
          {suggestion.proposer ? <bdi>{suggestion.proposer}</bdi> : t('room.suggestions.anonymous')}
        </p>
        <div className="suggestion__actions">
          <Button
            size="sm"
            variant="primary"
            icon="check"
            busy={busy === 'accept'}
            disabled={disabled}
            onClick={() => void accept()}
            aria-label={t('room.suggestions.acceptNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.accept')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon="edit"
            disabled={disabled}
            onClick={() => onEdit(suggestion)}
            aria-label={t('room.suggestions.editNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.edit')}
          </Button>
          <Button
            size="sm"
            variant="danger-ghost"
            busy={busy === 'reject'}
            disabled={disabled}
            onClick={() => void reject()}
            aria-label={t('room.suggestions.rejectNamed', { title: suggestion.title })}
          >
            {t('room.suggestions.reject')}
          </Button>
        </div>
      </article>
    </li>
  );
});

/** What became of a decided proposal: accepted as #n, rejected, merged into #n “title”. */
function Outcome({ suggestion, topic }: { suggestion: TopicSuggestion; topic: Topic | undefined }) {
  const { t } = useTranslation();
  if (suggestion.state === 'rejected') return <>{t('room.suggestions.outcome.rejected')}</>;
  if (suggestion.state === 'accepted')
    return (
      <>
        {topic
          ? t('room.suggestions.outcome.accepted', { seq: topic.seq })
          : t('room.suggestions.outcome.acceptedGone')}
      </>
    );
  if (!topic) return <>{t('room.suggestions.outcome.mergedGone')}</>;
  return (
    <>
      {t('room.suggestions.outcome.merged', { seq: topic.seq })} <bdi className="decided__into">{topic.title}</bdi>
    </>
  );
}

function Decided({ items }: { items: readonly TopicSuggestion[] }) {
  const { t } = useTranslation();
  const topics = useTopics((s) => s.items);
  const byId = useMemo(() => new Map<string, Topic>(topics.map((topic) => [topic.id, topic])), [topics]);
  const count = (state: TopicSuggestion['state']) => items.filter((s) => s.state === state).length;
  return (
    <details className="decided" data-testid="decided">
      <summary className="decided__summary side-card__foot muted">
        {t('room.suggestions.handledAll', {
          accepted: count('accepted'),
          rejected: count('rejected'),
          merged: count('merged'),
        })}
      </summary>
      <ul className="decided__list" aria-label={t('room.suggestions.decidedLabel')}>
        {items.map((s) => (
          <li key={s.id} className={`decided__item decided__item--${s.state}`} data-testid="decided-suggestion">
            <span className="decided__title">
              <bdi>{s.title}</bdi>
            </span>
            <span className="decided__outcome">
              <Outcome suggestion={s} topic={s.topicId ? byId.get(s.topicId) : undefined} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The select-all box and the decisions on the ticked proposals. */
function BulkBar({
  pending,
  selected,
  busy,
  onSelectAll,
  onDecide,
  onMerge,
}: {
  pending: number;
  selected: number;
  busy: Bulk | null;
  onSelectAll: (on: boolean) => void;
  onDecide: (decision: Bulk) => void;
  onMerge: () => void;
}) {
  const { t } = useTranslation();
  const all = useRef<HTMLInputElement>(null);
  const some = selected > 0 && selected < pending;
  useEffect(() => {
    if (all.current) all.current.indeterminate = some;
  }, [some]);
  const none = selected === 0;
  return (
    <fieldset className="queue-bulk">
      <legend className="visually-hidden">{t('room.suggestions.bulkLabel')}</legend>
      <label className="queue-bulk__all">
        <input
          ref={all}
          type="checkbox"
          checked={selected > 0 && selected === pending}
          disabled={busy !== null}
          onChange={(e) => onSelectAll(e.target.checked)}
        />
        <span id="queue-selected" data-testid="queue-selected">
          {none
            ? t('room.suggestions.selectAll', { count: pending })
            : t('room.suggestions.selected', { count: selected, total: pending })}
        </span>
      </label>
      <div className="queue-bulk__actions">
        <Button
          size="sm"
          variant="primary"
          icon="check"
          busy={busy === 'accept'}
          disabled={none || busy !== null}
          onClick={() => onDecide('accept')}
          aria-describedby="queue-selected"
        >
          {t('room.suggestions.acceptSelected')}
        </Button>
        <Button size="sm" disabled={none || busy !== null} onClick={onMerge} aria-describedby="queue-selected">
          {t('room.suggestions.mergeSelected')}
        </Button>
        <Button
          size="sm"
          variant="danger-ghost"
          busy={busy === 'reject'}
          disabled={none || busy !== null}
          onClick={() => onDecide('reject')}
          aria-describedby="queue-selected"
        >
          {t('room.suggestions.rejectSelected')}
        </Button>
      </div>
    </fieldset>
  );
}

export function ModerationQueue() {
  const { t } = useTranslation();
  const items = useSuggestions((s) => s.items);
  const status = useSuggestions((s) => s.status);
  const [editing, setEditing] = useState<TopicSuggestion | null>(null);
  const [merging, setMerging] = useState<TopicSuggestion[] | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<Bulk | null>(null);
  const anchor = useRef<number | null>(null);
  const pending = useMemo(() => items.filter((s) => s.state === 'pending'), [items]);
  const decided = useMemo(() => items.filter((s) => s.state !== 'pending'), [items]);
  // Ticks on proposals decided meanwhile (here or in another window) no longer count.
  const selection = useMemo(() => pending.filter((s) => ticked.has(s.id)), [pending, ticked]);

  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const onToggle = useCallback((index: number, on: boolean, range: boolean) => {
    const list = pendingRef.current;
    const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index;
    anchor.current = index;
    setTicked((current) => {
      const next = new Set(current);
      for (const s of list.slice(from, to + 1)) {
        if (on) next.add(s.id);
        else next.delete(s.id);
      }
      return next;
    });
  }, []);
  const onSelectAll = (on: boolean) => {
    anchor.current = null;
    setTicked(on ? new Set(pending.map((s) => s.id)) : new Set());
  };

  const refused = (error: AgoraError) =>
    showToast({ tone: 'error', message: t('room.suggestions.refused', { message: error.message }) });
  const done = () => {
    setTicked(new Set());
    anchor.current = null;
    focusAfterRemoval('queue-heading');
  };

  const decide = async (decision: Bulk) => {
    setBulk(decision);
    const result = await decideSuggestions({ decision, suggestionIds: selection.map((s) => s.id) });
    setBulk(null);
    if (!result.ok) {
      refused(result.error);
      return;
    }
    const count = result.value.suggestions.length;
    if (decision === 'accept') {
      const seqs = result.value.topics.map((topic) => topic.seq);
      showToast({
        tone: 'success',
        message: t('room.suggestions.acceptedMany', {
          count,
          first: Math.min(...seqs),
          last: Math.max(...seqs),
        }),
      });
    } else showToast({ tone: 'info', message: t('room.suggestions.rejectedMany', { count }) });
    done();
  };

  const onMerged = (into: Topic, count: number) => {
    showToast({
      tone: 'success',
      message: t('room.suggestions.mergedMany', { count, seq: into.seq, title: isolate(into.title) }),
    });
    done();
  };

  return (
    <section className="panel side-card" aria-labelledby="queue-heading">
      <header className="side-card__header">
        <Icon name="inbox" size={18} className="side-card__icon" />
        <h3 className="panel__title" id="queue-heading" tabIndex={-1}>
          {t('room.suggestions.heading')}
        </h3>
        {pending.length > 0 ? (
          <span className="count-pill" data-testid="pending-count">
            {pending.length}
          </span>
        ) : null}
      </header>
      <div className="side-card__body">
        {pending.length > 0 ? (
          <>
            <BulkBar
              pending={pending.length}
              selected={selection.length}
              busy={bulk}
              onSelectAll={onSelectAll}
              onDecide={(decision) => void decide(decision)}
              onMerge={() => setMerging(selection)}
            />
            <ul className="suggestions" aria-label={t('room.suggestions.listLabel')}>
              {pending.map((s, index) => (
                <SuggestionItem
                  key={s.id}
                  suggestion={s}
                  index={index}
                  selected={ticked.has(s.id)}
                  locked={bulk !== null}
                  onToggle={onToggle}
                  onEdit={setEditing}
                />
              ))}
            </ul>
          </>
        ) : status === 'ready' ? (
          <p className="side-card__text">{t('room.suggestions.empty')}</p>
        ) : null}
        {decided.length > 0 ? <Decided items={decided} /> : null}
      </div>
      <AcceptDialog suggestion={editing} onClose={() => setEditing(null)} />
      <MergeDialog suggestions={merging} onClose={() => setMerging(null)} onMerged={onMerged} />
    </section>
  );
}
