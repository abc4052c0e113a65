/**
 * The topic wall as the room sees it: one card per topic with its number, title and proposer,
 * laid out to fill the screen with the largest type that fits (see lib/wallLayout.ts).
 */
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/schemas.ts';
import { getClient } from '../../shared/client.ts';
import { useAgoraEvent } from '../lib/useAgoraEvent.ts';
import { useElementSize } from '../lib/useElementSize.ts';
import { useRemote } from '../lib/useRemote.ts';
import { typicalLength, wallLayout } from '../lib/wallLayout.ts';
import { MessageView } from './MessageView.tsx';

function TopicCard({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  return (
    <li className={`wall-card${topic.theme ? ` wall-card--${topic.theme}` : ''}`}>
      <span className="wall-card__number" aria-hidden="true">
        {topic.seq}
      </span>
      <div className="wall-card__body">
        <h2 className="wall-card__title">
          <span className="visually-hidden">{t('present.wall.number', { number: topic.seq })} </span>
          {/* Typed by participants: isolated, so a bidi override cannot turn the text around it. */}
          <bdi>{topic.title}</bdi>
        </h2>
        {topic.proposer ? (
          <p className="wall-card__proposer">
            <bdi>{topic.proposer}</bdi>
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function TopicWall({ workshopId, workshopTitle }: { workshopId: string; workshopTitle: string | undefined }) {
  const { t } = useTranslation();
  const topics = useRemote(() => getClient().api['topics:list']({ workshopId }), workshopId);
  useAgoraEvent((event) => {
    if (event.name === 'workshop:changed' && event.payload.workshopId === workshopId && event.payload.area === 'topics')
      topics.reload();
  });

  const [gridRef, size] = useElementSize();
  const list = useMemo(() => [...(topics.data ?? [])].sort((a, b) => a.seq - b.seq), [topics.data]);
  const layout = useMemo(
    () => wallLayout(list.length, size.width, size.height, typicalLength(list.map((topic) => topic.title))),
    [list, size.width, size.height],
  );

  if (!topics.data) {
    return topics.error ? (
      <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />
    ) : (
      <MessageView title={t('present.loading')} />
    );
  }

  const style = {
    '--wall-columns': layout.columns,
    '--wall-rows': layout.rows,
    '--wall-font': `${layout.fontPx}px`,
    '--wall-gap': `${layout.gapPx}px`,
    '--wall-lines': layout.titleLines,
  } as CSSProperties;
  const hidden = list.length - layout.shown;

  return (
    <section className="wall" aria-labelledby="wall-title">
      <header className="view-header">
        <div>
          {workshopTitle ? <p className="eyebrow">{workshopTitle}</p> : null}
          <h1 id="wall-title" className="view-header__title">
            {t('present.wall.title')}
          </h1>
        </div>
        <p className="view-header__stat">{t('present.wall.count', { count: list.length })}</p>
      </header>
      <div className="wall__grid-box" ref={gridRef}>
        {list.length === 0 ? (
          <p className="wall__empty">{t('present.wall.empty')}</p>
        ) : size.width > 0 ? (
          <ol className="wall__grid" style={style} aria-label={t('present.wall.title')}>
            {list.slice(0, layout.shown).map((topic) => (
              <TopicCard key={topic.id} topic={topic} />
            ))}
            {hidden > 0 ? (
              <li className="wall-card wall-card--more">{t('present.wall.more', { count: hidden })}</li>
            ) : null}
          </ol>
        ) : null}
      </div>
    </section>
  );
}
