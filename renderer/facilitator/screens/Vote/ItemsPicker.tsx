/**
 * Which topics a round votes on: all of them, the shortlist, or a hand-picked selection
 * (a checklist with a filter, for walls of a hundred topics and more).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTopics } from '../../../../shared/domain/topicFilter.ts';
import type { Topic } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { ItemsMode } from './roundForm.ts';

interface ItemsPickerProps {
  topics: readonly Topic[];
  mode: ItemsMode;
  picked: readonly string[];
  onMode: (mode: ItemsMode) => void;
  onPicked: (ids: string[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}

export function ItemsPicker({ topics, mode, picked, onMode, onPicked, error, disabled }: ItemsPickerProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shortlisted = topics.filter((topic) => topic.status === 'shortlisted').length;
  const shown = useMemo(() => filterTopics(topics, { query: deferred, theme: null }), [topics, deferred]);
  const pickedSet = new Set(picked);
  const errorId = `${ids}-error`;

  const options: { value: ItemsMode; label: string; count: number | null }[] = [
    { value: 'all', label: t('vote.form.itemsAll'), count: topics.length },
    { value: 'shortlisted', label: t('vote.form.itemsShortlisted'), count: shortlisted },
    { value: 'pick', label: t('vote.form.itemsPick'), count: null },
  ];

  const toggle = (id: string, on: boolean) => onPicked(on ? [...picked, id] : picked.filter((p) => p !== id));

  return (
    <fieldset
      className="field items-picker"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="field__label">{t('vote.form.items')}</legend>
      <div className="items-picker__modes">
        {options.map((option) => (
          <label key={option.value} className="pill-radio">
            <input
              type="radio"
              name={`${ids}-mode`}
              value={option.value}
              checked={mode === option.value}
              disabled={option.value === 'shortlisted' && shortlisted === 0}
              onChange={() => onMode(option.value)}
            />
            <span>{option.label}</span>
            {option.count !== null ? <span className="pill-radio__count">{option.count}</span> : null}
          </label>
        ))}
      </div>
      {mode === 'shortlisted' && shortlisted === 0 ? <p className="field__hint">{t('vote.form.noShortlist')}</p> : null}
      {mode === 'pick' ? (
        <div className="items-picker__pick">
          <div className="items-picker__tools">
            <div className="search search--sm">
              <Icon name="search" size={16} className="search__icon" />
              <input
                type="search"
                className="input input--sm search__input"
                aria-label={t('vote.form.itemsFilter')}
                placeholder={t('vote.form.itemsFilter')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            <span className="muted items-picker__count" aria-live="polite">
              {t('vote.form.itemsPicked', { count: picked.length })}
            </span>
            <Button size="sm" variant="ghost" onClick={() => onPicked(topics.map((topic) => topic.id))}>
              {t('vote.form.selectAll')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onPicked([])}>
              {t('vote.form.selectNone')}
            </Button>
          </div>
          <ul className="items-picker__list" aria-label={t('vote.form.itemsPick')}>
            {shown.map((topic) => (
              <li key={topic.id}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={pickedSet.has(topic.id)}
                    onChange={(e) => toggle(topic.id, e.target.checked)}
                  />
                  <span className="check-row__seq">#{topic.seq}</span>
                  <span className="check-row__title">
                    <bdi>{topic.title}</bdi>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
