/**
 * "Suggest groups": the core's clusters of alike loose topics (groups:suggest), with a slider for
 * how alike they must be. Nothing changes until one is accepted: a new group named after the
 * shared words, or the topics into the group they resemble. A rejected suggestion stays hidden
 * while the window is open.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_THRESHOLD, type Suggestion } from '../../../../shared/domain/cluster/suggest.ts';
import { Button } from '../../components/Button.tsx';
import { isolate } from '../../components/isolate.ts';
import { rejectSuggestion, suggestGroups, suggestionKey, useSuggestions } from '../../store/groups.ts';
import type { TopicItem } from '../../store/topics.ts';
import { type BoardView, LOOSE } from './boardModel.ts';
import { groupsError } from './messages.ts';

const NO_KEYS: readonly string[] = [];

/** Suggestions still worth showing: not rejected, their topics still loose, the group they join still there. */
export function liveSuggestions(
  suggestions: readonly Suggestion[],
  view: BoardView,
  rejected: readonly string[],
): Suggestion[] {
  const hidden = new Set(rejected);
  const groups = new Set(view.groups.map((g) => g.id));
  return suggestions.filter(
    (s) =>
      !hidden.has(suggestionKey(s)) &&
      s.topicIds.every((id) => view.containerOf.get(id) === LOOSE) &&
      (s.groupId === undefined || groups.has(s.groupId)),
  );
}

interface SuggestPanelProps {
  workshopId: string;
  view: BoardView;
  topics: ReadonlyMap<string, TopicItem>;
  /** Resolves true when the core took it. */
  onAccept: (suggestion: Suggestion) => Promise<boolean>;
  onClose: () => void;
}

export function SuggestPanel({ workshopId, view, topics, onAccept, onClose }: SuggestPanelProps) {
  const { t, i18n } = useTranslation();
  const output = useSuggestions((s) => (s.workshopId === workshopId ? s.output : null));
  const status = useSuggestions((s) => s.status);
  const error = useSuggestions((s) => s.error);
  const rejected = useSuggestions((s) => s.rejected[workshopId] ?? NO_KEYS);
  const [threshold, setThreshold] = useState(() => useSuggestions.getState().threshold ?? DEFAULT_THRESHOLD);
  const [busy, setBusy] = useState<string | null>(null);
  const sliderId = useId();
  const first = useRef(true);

  // Asks at once when opened, then a moment after the slider stops.
  useEffect(() => {
    const wait = first.current ? 0 : 300;
    first.current = false;
    const timer = window.setTimeout(() => void suggestGroups(workshopId, threshold), wait);
    return () => window.clearTimeout(timer);
  }, [workshopId, threshold]);

  const shown = useMemo(() => liveSuggestions(output?.suggestions ?? [], view, rejected), [output, view, rejected]);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  const accept = async (suggestion: Suggestion) => {
    setBusy(suggestionKey(suggestion));
    await onAccept(suggestion);
    setBusy(null);
  };
  const acceptAll = async () => {
    setBusy('all');
    // One by one, each its own step of the undo history.
    for (const suggestion of shown) if (!(await onAccept(suggestion))) break;
    setBusy(null);
  };

  const groupName = (id: string) => view.groups.find((g) => g.id === id)?.title ?? '';

  return (
    <section className="panel suggest" aria-labelledby="suggest-heading" data-testid="suggestions">
      <header className="suggest__head">
        <div>
          <h3 className="panel__title" id="suggest-heading">
            {t('groups.suggest.title')}
          </h3>
          <p className="panel__lead">{t('groups.suggest.lead')}</p>
        </div>
        <div className="suggest__tools">
          <div className="suggest__slider">
            <label className="field__label" htmlFor={sliderId}>
              {t('groups.suggest.threshold')}
            </label>
            <div className="suggest__range">
              <span aria-hidden="true">{t('groups.suggest.looser')}</span>
              <input
                id={sliderId}
                type="range"
                min={0.05}
                max={0.6}
                step={0.01}
                value={threshold}
                aria-valuetext={t('groups.suggest.thresholdValue', { value: percent.format(threshold) })}
                onChange={(e) => setThreshold(Number(e.target.value))}
              />
              <span aria-hidden="true">{t('groups.suggest.stricter')}</span>
            </div>
          </div>
          <Button
            variant="primary"
            size="sm"
            disabled={shown.length === 0 || busy !== null}
            busy={busy === 'all'}
            onClick={() => void acceptAll()}
          >
            {t('groups.suggest.acceptAll', { count: shown.length })}
          </Button>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t('groups.suggest.close')}
          </Button>
        </div>
      </header>
      <p className="suggest__status muted" aria-live="polite">
        {status === 'loading'
          ? t('groups.suggest.looking')
          : status === 'error' && error
            ? groupsError(error)
            : shown.length === 0
              ? t('groups.suggest.none')
              : t('groups.suggest.found', { count: shown.length })}
      </p>
      {shown.length > 0 ? (
        <ul className="suggest__list">
          {shown.map((s) => {
            const key = suggestionKey(s);
            const label = s.label || t('groups.suggest.unnamed');
            const name = s.groupId ? groupName(s.groupId) : label;
            return (
              <li key={key} className="suggestion" data-testid="suggestion">
                <div className="suggestion__head">
                  <h4 className="suggestion__title">
                    {s.groupId ? (
                      <>
                        <span className="suggestion__join">{t('groups.suggest.join')}</span> <bdi>{name}</bdi>
                      </>
                    ) : (
                      <bdi>{label}</bdi>
                    )}
                  </h4>
                  <span className="suggestion__alike">
                    <span className="suggestion__bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(s.cohesion * 100)}%` }} />
                    </span>
                    {t('groups.suggest.alike', { value: percent.format(s.cohesion) })}
                  </span>
                </div>
                <ul className="suggestion__topics">
                  {s.topicIds.map((id) => {
                    const topic = topics.get(id);
                    return topic ? (
                      <li key={id}>
                        <span className="suggestion__seq">#{topic.seq}</span> <bdi>{topic.title}</bdi>
                      </li>
                    ) : null;
                  })}
                </ul>
                <div className="suggestion__actions">
                  <Button
                    size="sm"
                    variant="secondary"
                    icon="check"
                    busy={busy === key}
                    disabled={busy !== null && busy !== key}
                    aria-label={
                      s.groupId
                        ? t('groups.suggest.acceptJoin', { name: isolate(name), count: s.topicIds.length })
                        : t('groups.suggest.acceptNew', { name: isolate(label) })
                    }
                    onClick={() => void accept(s)}
                  >
                    {t('groups.suggest.accept')}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy !== null}
                    aria-label={t('groups.suggest.rejectNamed', { name: isolate(name) })}
                    onClick={() => rejectSuggestion(workshopId, s)}
                  >
                    {t('groups.suggest.reject')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
