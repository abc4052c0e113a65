/**
 * What a round votes on: its kind (topics, groups of the board, or groups and loose topics — a
 * session each), then all of that kind, the shortlist (topics only), or a hand-picked selection (a
 * checklist with a filter, for walls of a hundred topics and more). The kind is chosen when the
 * round is created and only shown afterwards.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTopics } from '../../../../shared/domain/topicFilter.ts';
import { TARGET_KINDS, type TargetKind } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { type Candidate, type ItemsMode, modesFor } from './roundForm.ts';

/** The i18n suffix of each kind's strings (vote.form.itemsAll, itemsAllGroups, itemsAllSessions …). */
const SUFFIX: Record<TargetKind, string> = { topic: '', group: 'Groups', session: 'Sessions' };
const KIND_LABEL = {
  topic: 'vote.form.kindTopic',
  group: 'vote.form.kindGroup',
  session: 'vote.form.kindSession',
} as const;

interface KindPickerProps {
  kind: TargetKind;
  /** How many items each kind has now. */
  counts: Readonly<Record<TargetKind, number>>;
  /** The board has groups: otherwise only topics can be voted on. */
  hasGroups: boolean;
  onKind: (kind: TargetKind) => void;
  /** An existing round: its kind is shown, not changed. */
  fixed: boolean;
  disabled?: boolean;
}

export function KindPicker({ kind, counts, hasGroups, onKind, fixed, disabled }: KindPickerProps) {
  const { t } = useTranslation();
  const ids = useId();
  const hintId = `${ids}-hint`;
  const hint = fixed ? t('vote.form.kindFixed') : hasGroups ? null : t('vote.form.noGroups');
  return (
    <fieldset
      className="field kind-picker"
      disabled={disabled || fixed}
      aria-describedby={hint ? hintId : undefined}
      data-testid="round-kind"
    >
      <legend className="field__label">{t('vote.form.kind')}</legend>
      <div className="items-picker__modes">
        {TARGET_KINDS.map((value) => (
          <label key={value} className="pill-radio">
            <input
              type="radio"
              name={`${ids}-kind`}
              value={value}
              checked={kind === value}
              disabled={value !== 'topic' && !hasGroups && kind !== value}
              onChange={() => onKind(value)}
            />
            <span>{t(KIND_LABEL[value])}</span>
            {fixed ? null : <span className="pill-radio__count">{counts[value]}</span>}
          </label>
        ))}
      </div>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}

interface ItemsPickerProps {
  kind: TargetKind;
  /** Every current target of the kind, in the core's order. */
  candidates: readonly Candidate[];
  /** Shortlisted topics (a topic round's second choice). */
  shortlisted: number;
  mode: ItemsMode;
  picked: readonly string[];
  onMode: (mode: ItemsMode) => void;
  onPicked: (ids: string[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}

export function ItemsPicker({
  kind,
  candidates,
  shortlisted,
  mode,
  picked,
  onMode,
  onPicked,
  error,
  disabled,
}: ItemsPickerProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => filterTopics(candidates, { query: deferred, theme: null }), [candidates, deferred]);
  const pickedSet = new Set(picked);
  const errorId = `${ids}-error`;
  const suffix = SUFFIX[kind];

  const counts: Record<ItemsMode, number | null> = { all: candidates.length, shortlisted, pick: null };
  const labels: Record<ItemsMode, string> = {
    all: t(`vote.form.itemsAll${suffix}`),
    shortlisted: t('vote.form.itemsShortlisted'),
    pick: t(`vote.form.itemsPick${suffix}`),
  };

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
        {modesFor(kind).map((value) => (
          <label key={value} className="pill-radio">
            <input
              type="radio"
              name={`${ids}-mode`}
              value={value}
              checked={mode === value}
              disabled={value === 'shortlisted' && shortlisted === 0}
              onChange={() => onMode(value)}
            />
            <span>{labels[value]}</span>
            {counts[value] !== null ? <span className="pill-radio__count">{counts[value]}</span> : null}
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
                aria-label={t(`vote.form.itemsFilter${suffix}`)}
                placeholder={t(`vote.form.itemsFilter${suffix}`)}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            <span className="muted items-picker__count" aria-live="polite">
              {t('vote.form.itemsPicked', { count: picked.length })}
            </span>
            <Button size="sm" variant="ghost" onClick={() => onPicked(candidates.map((c) => c.id))}>
              {t('vote.form.selectAll')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onPicked([])}>
              {t('vote.form.selectNone')}
            </Button>
          </div>
          <ul className="items-picker__list" aria-label={labels.pick}>
            {shown.map((item) => (
              <li key={item.id}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={pickedSet.has(item.id)}
                    onChange={(e) => toggle(item.id, e.target.checked)}
                  />
                  {item.of === 'group' ? (
                    <span className="check-row__seq check-row__group">
                      <Icon name="grid" size={14} />
                    </span>
                  ) : (
                    <span className="check-row__seq">#{item.seq}</span>
                  )}
                  <span className="check-row__title">
                    <bdi>{item.title}</bdi>
                  </span>
                  {item.topicCount !== null ? (
                    <span className="check-row__meta">{t('vote.form.groupTopics', { count: item.topicCount })}</span>
                  ) : null}
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
