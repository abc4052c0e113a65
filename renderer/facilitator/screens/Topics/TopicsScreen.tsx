import './topics.css';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTopics } from '../../../../shared/domain/topicFilter.ts';
import { THEMES, type Theme } from '../../../../shared/schemas.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Icon } from '../../components/Icon.tsx';
import { showToast, toastError } from '../../store/toasts.ts';
import { removeTopic, restoreTopic, type TopicItem, useTopics } from '../../store/topics.ts';
import { CaptureBar } from './CaptureBar.tsx';
import { TopicCard } from './TopicCard.tsx';
import { TopicEditDialog } from './TopicEditDialog.tsx';
import { TopicImportDialog } from './TopicImportDialog.tsx';

function ThemeFilter({ value, onChange }: { value: Theme | null; onChange: (theme: Theme | null) => void }) {
  const { t } = useTranslation();
  const topics = useTopics((s) => s.items);
  const counts = useMemo(() => {
    const c = new Map<Theme, number>();
    for (const topic of topics) if (topic.theme) c.set(topic.theme, (c.get(topic.theme) ?? 0) + 1);
    return c;
  }, [topics]);
  return (
    <fieldset className="filter-chips">
      <legend className="visually-hidden">{t('topics.filterByTheme')}</legend>
      <button type="button" className="filter-chip" aria-pressed={value === null} onClick={() => onChange(null)}>
        {t('topics.allThemes')}
        <span className="filter-chip__count">{topics.length}</span>
      </button>
      {THEMES.map((theme) => (
        <button
          key={theme}
          type="button"
          className={`filter-chip theme--${theme}`}
          aria-pressed={value === theme}
          onClick={() => onChange(value === theme ? null : theme)}
        >
          <span className="chip__dot" aria-hidden="true" />
          {t(`theme.${theme}`)}
          <span className="filter-chip__count">{counts.get(theme) ?? 0}</span>
        </button>
      ))}
    </fieldset>
  );
}

export function TopicsScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const topics = useTopics((s) => s.items);
  const status = useTopics((s) => s.status);
  const [theme, setTheme] = useState<Theme | null>(null);
  const [query, setQuery] = useState('');
  // The wall filters on a deferred copy: typing in the search box stays instant with 300 cards.
  const deferredQuery = useDeferredValue(query);
  const deferredTheme = useDeferredValue(theme);
  const [editing, setEditing] = useState<TopicItem | null>(null);
  const [importing, setImporting] = useState(false);

  // Newest first: the card just captured appears right under the capture bar.
  const visible = useMemo(
    () => filterTopics(topics, { query: deferredQuery, theme: deferredTheme }).reverse(),
    [topics, deferredQuery, deferredTheme],
  );
  const filtered = deferredQuery.trim() !== '' || deferredTheme !== null;

  const onDelete = useCallback(
    (topic: TopicItem) => {
      void removeTopic(topic.id).then((result) => {
        if (!result.ok) {
          toastError(result.error);
          return;
        }
        showToast({
          tone: 'info',
          message: t('topics.deleted', { seq: topic.seq, title: topic.title }),
          action: {
            label: t('common.undo'),
            run: async () => {
              const restored = await restoreTopic(topic.id);
              if (!restored.ok) toastError(restored.error);
            },
          },
        });
      });
    },
    [t],
  );

  return (
    <div className="topics">
      <CaptureBar workshopId={workshopId} />

      <section className="topics__wall" aria-labelledby="wall-heading">
        <div className="wall-header">
          <div className="wall-header__title">
            <h2 className="section-title" id="wall-heading">
              {t('topics.wallTitle')}
            </h2>
            <p className="muted" aria-live="polite" data-testid="topic-count">
              {filtered
                ? t('topics.showing', { shown: visible.length, count: topics.length })
                : t('count.topics', { count: topics.length })}
            </p>
          </div>
          <div className="wall-header__tools">
            <Button size="sm" icon="upload" onClick={() => setImporting(true)} data-testid="topics-import">
              {t('topics.importCsv')}
            </Button>
            {topics.length > 0 ? (
              <div className="search">
                <Icon name="search" size={18} className="search__icon" />
                <input
                  type="search"
                  className="input search__input"
                  aria-label={t('topics.search')}
                  placeholder={t('topics.searchPlaceholder')}
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                />
              </div>
            ) : null}
          </div>
        </div>
        {topics.length > 0 ? <ThemeFilter value={theme} onChange={setTheme} /> : null}

        {topics.length === 0 && status === 'ready' ? (
          <EmptyState icon="bulb" title={t('topics.emptyTitle')} level={3}>
            {t('topics.emptyText')}
          </EmptyState>
        ) : visible.length === 0 && filtered ? (
          <p className="wall-none muted">{t('topics.noMatch')}</p>
        ) : (
          <ul className="wall" aria-label={t('topics.wallTitle')}>
            {visible.map((topic) => (
              <li key={topic.id}>
                <TopicCard topic={topic} onEdit={setEditing} onDelete={onDelete} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <TopicEditDialog topic={editing} onClose={() => setEditing(null)} />
      <TopicImportDialog workshopId={workshopId} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
