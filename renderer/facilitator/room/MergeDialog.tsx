/**
 * Merge proposals from phones into a topic already on the wall: a search over the wall (accent-
 * and case-insensitive, as the wall's own search) and one topic to choose. The topic keeps its
 * title; the proposals are marked as merged into it. All or nothing: a refusal (one of them was
 * decided meanwhile in another window) is said here and changes nothing.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTopics } from '../../../shared/domain/topicFilter.ts';
import type { AgoraError } from '../../../shared/result.ts';
import type { Topic } from '../../../shared/schemas.ts';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { Button } from '../components/Button.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { FormError } from '../components/FormError.tsx';
import { Icon } from '../components/Icon.tsx';
import { decideSuggestions } from '../store/suggestions.ts';
import { useTopics } from '../store/topics.ts';

function MergeForm({
  suggestions,
  onClose,
  onMerged,
}: {
  suggestions: readonly TopicSuggestion[];
  onClose: () => void;
  onMerged: (into: Topic, count: number) => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const topics = useTopics((s) => s.items);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<AgoraError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  // Topics still waiting for their number (being added) cannot be merged into yet.
  const wall = useMemo(() => topics.filter((topic) => !topic.pending), [topics]);
  const shown = useMemo(() => filterTopics(wall, { query: deferredQuery, theme: null }), [wall, deferredQuery]);
  const target = wall.find((topic) => topic.id === chosen) ?? null;

  const submit = async () => {
    // Enter in the search box with one topic left chooses it.
    const into = target ?? (shown.length === 1 ? shown[0] : undefined);
    if (!into) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await decideSuggestions({
      decision: 'merge',
      suggestionIds: suggestions.map((s) => s.id),
      intoTopicId: into.id,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onMerged(into, result.value.suggestions.length);
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('room.suggestions.merge.title', { count: suggestions.length })}
      description={t('room.suggestions.merge.intro')}
      size="md"
      onSubmit={() => void submit()}
      testId="merge-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" icon="check" busy={busy} data-testid="merge-submit">
            {target ? t('room.suggestions.merge.submitInto', { seq: target.seq }) : t('room.suggestions.merge.submit')}
          </Button>
        </>
      }
    >
      <FormError error={error} />
      <ul className="merge-picked" aria-label={t('room.suggestions.merge.picked')}>
        {suggestions.map((s) => (
          <li key={s.id}>
            <Icon name="phone" size={14} className="merge-picked__icon" />
            <bdi>{s.title}</bdi>
          </li>
        ))}
      </ul>
      <div className="search merge-search">
        <Icon name="search" size={18} className="search__icon" />
        <input
          id={searchId}
          type="search"
          className="input search__input"
          aria-label={t('room.suggestions.merge.search')}
          placeholder={t('room.suggestions.merge.searchPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMissing(false);
          }}
          data-autofocus
          aria-describedby={`${searchId}-count`}
        />
      </div>
      <p className="muted merge-count" id={`${searchId}-count`} aria-live="polite">
        {t('room.suggestions.merge.shown', { count: shown.length, total: wall.length })}
      </p>
      {shown.length > 0 ? (
        <fieldset
          className="merge-topics"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${searchId}-missing` : undefined}
        >
          <legend className="visually-hidden">{t('room.suggestions.merge.legend')}</legend>
          {shown.map((topic) => (
            <label key={topic.id} className={`merge-topic ${chosen === topic.id ? 'is-chosen' : ''}`}>
              <input
                type="radio"
                name={`${searchId}-topic`}
                value={topic.id}
                checked={chosen === topic.id}
                onChange={() => {
                  setChosen(topic.id);
                  setMissing(false);
                }}
              />
              <span className="merge-topic__seq">#{topic.seq}</span>
              <span className="merge-topic__text">
                <span className="merge-topic__title">
                  <bdi>{topic.title}</bdi>
                </span>
                {topic.proposer ? (
                  <span className="merge-topic__proposer">
                    <bdi>{topic.proposer}</bdi>
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="merge-none muted">{t('room.suggestions.merge.none')}</p>
      )}
      {missing ? (
        <p className="field__error" id={`${searchId}-missing`} role="alert">
          {t('room.suggestions.merge.choose')}
        </p>
      ) : null}
    </Dialog>
  );
}

export function MergeDialog({
  suggestions,
  onClose,
  onMerged,
}: {
  /** The proposals to merge; null: closed. */
  suggestions: readonly TopicSuggestion[] | null;
  onClose: () => void;
  onMerged: (into: Topic, count: number) => void;
}) {
  return suggestions && suggestions.length > 0 ? (
    <MergeForm suggestions={suggestions} onClose={onClose} onMerged={onMerged} />
  ) : null;
}
