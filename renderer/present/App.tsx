/**
 * The projected screen: whichever view the facilitator picked (join, topic wall, live
 * results, the session grid and its "now and next", countdown, blank), in the workshop's language, large enough for the back of a room.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorState } from '../../shared/voting.ts';
import { getClient } from '../shared/client.ts';
import { presentI18n } from './i18n.ts';
import { useAgoraEvent } from './lib/useAgoraEvent.ts';
import { useRemote } from './lib/useRemote.ts';
import { followProjector, useProjector, workshopIdFromHash } from './projectorStore.ts';
import { ScreenControls } from './ScreenControls.tsx';
import { CountdownView } from './views/CountdownView.tsx';
import { GridView } from './views/GridView.tsx';
import { JoinView } from './views/JoinView.tsx';
import { MessageView } from './views/MessageView.tsx';
import { NowNextView } from './views/NowNextView.tsx';
import { ResultsView } from './views/ResultsView.tsx';
import { TopicWall } from './views/TopicWall.tsx';

function useHashWorkshopId(): string | null {
  const [id, setId] = useState(() => workshopIdFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setId(workshopIdFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return id;
}

interface CurrentViewProps {
  projector: ProjectorState;
  workshopId: string;
  workshopTitle: string | undefined;
}

function CurrentView({ projector, workshopId, workshopTitle }: CurrentViewProps) {
  switch (projector.view) {
    case 'join':
      return <JoinView workshopId={workshopId} workshopTitle={workshopTitle} />;
    case 'topics':
      return <TopicWall workshopId={workshopId} workshopTitle={workshopTitle} />;
    case 'results':
      return <ResultsView workshopId={workshopId} roundId={projector.roundId} />;
    case 'grid':
      return <GridView workshopId={workshopId} workshopTitle={workshopTitle} />;
    case 'now':
      return <NowNextView workshopId={workshopId} workshopTitle={workshopTitle} />;
    case 'countdown':
      return <CountdownView endsAt={projector.endsAt} seconds={projector.seconds} />;
    case 'blank':
      return <div className="blank" data-testid="blank-view" />;
  }
}

export function App() {
  const { t } = useTranslation();
  const projector = useProjector((s) => s.projector);
  const error = useProjector((s) => s.error);
  const hashWorkshopId = useHashWorkshopId();
  useEffect(() => followProjector(), []);

  // The facilitator's command names the workshop; the address only matters until the first one.
  const workshopId = projector?.workshopId ?? hashWorkshopId;
  const workshop = useRemote(
    workshopId ? () => getClient().api['workshops:get']({ workshopId }) : null,
    workshopId ?? '',
  );
  useAgoraEvent((event) => {
    if (
      event.name === 'workshop:changed' &&
      event.payload.workshopId === workshopId &&
      event.payload.area === 'details'
    )
      workshop.reload();
  });
  const language = workshop.data?.language;
  useEffect(() => {
    if (language) presentI18n.followWorkshop(language);
  }, [language]);

  const title = workshop.data?.title;
  useEffect(() => {
    document.title = title ? `${t('present.windowTitle')} · ${title}` : `${t('present.windowTitle')} · Agora`;
  }, [t, title]);

  const blank = projector?.view === 'blank';
  let body: React.ReactNode;
  if (error) body = <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />;
  else if (!projector) body = <MessageView title={t('present.loading')} />;
  else if (!workshopId)
    body = <MessageView title={t('present.noWorkshop.title')} text={t('present.noWorkshop.text')} />;
  else body = <CurrentView projector={projector} workshopId={workshopId} workshopTitle={title} />;

  return (
    <div className={`screen${blank ? ' screen--blank' : ''}`}>
      {/* One key per view: the new view fades in instead of popping. */}
      <main className="screen__view" key={projector ? `${projector.view}:${workshopId}` : 'none'}>
        {body}
      </main>
      <ScreenControls blank={blank} />
    </div>
  );
}
