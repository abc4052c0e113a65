/**
 * A workshop's frame: back to all workshops, its title and facts, the stage navigation (Setup,
 * Topics, Vote; later Grouping, Grid, Outcomes join WORKSHOP_TABS), and the room controls every
 * stage shares: the room bar at the bottom of the window and the room panel beside the screen.
 */
import '../styles/workshop.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format.ts';
import { FormatBadge } from '../components/Badges.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon, type IconName } from '../components/Icon.tsx';
import { useRoomPanel } from '../room/panel.ts';
import { RoomBar } from '../room/RoomBar.tsx';
import { RoomPanel } from '../room/RoomPanel.tsx';
import { paths, type Route, tabLabelKey, WORKSHOP_TABS, type WorkshopTab } from '../store/router.ts';
import { useTopics } from '../store/topics.ts';
import { useWorkshop } from '../store/workshop.ts';
import { GridScreen } from './Grid/GridScreen.tsx';
import { GroupsScreen } from './Groups/GroupsScreen.tsx';
import { SetupScreen } from './Setup/SetupScreen.tsx';
import { TicketsScreen } from './Tickets/TicketsScreen.tsx';
import { TopicsScreen } from './Topics/TopicsScreen.tsx';
import { VoteScreen } from './Vote/VoteScreen.tsx';

const TAB_ICONS: Record<WorkshopTab, IconName> = {
  setup: 'settings',
  topics: 'bulb',
  groups: 'copy',
  vote: 'vote',
  grid: 'calendar',
};

type WorkshopRoute = Extract<Route, { name: 'workshop' }>;

function StageNav({ route }: { route: WorkshopRoute }) {
  const { t } = useTranslation();
  const topicCount = useTopics((s) => s.items.length);
  const counts: Partial<Record<WorkshopTab, number>> = { topics: topicCount };
  return (
    <nav className="stages" aria-label={t('workshop.stages')}>
      <ul>
        {WORKSHOP_TABS.map((tab) => {
          const count = counts[tab];
          return (
            <li key={tab}>
              <a
                className="stages__link"
                href={paths.tab(route.workshopId, tab)}
                aria-current={route.tab === tab ? 'page' : undefined}
              >
                <Icon name={TAB_ICONS[tab]} size={17} />
                {t(tabLabelKey(tab))}
                {count !== undefined ? <span className="stages__count">{count}</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function WorkshopLayout({ route }: { route: WorkshopRoute }) {
  const { t, i18n } = useTranslation();
  const workshop = useWorkshop((s) => (s.workshopId === route.workshopId ? s.workshop : null));
  const status = useWorkshop((s) => s.status);
  const error = useWorkshop((s) => s.error);
  const roomPanelOpen = useRoomPanel((s) => s.open);

  const sheet = route.tab === 'setup' ? undefined : route.sheet;
  useEffect(() => {
    const screen = sheet === 'tickets' ? t('tickets.title') : t(tabLabelKey(route.tab));
    if (workshop) document.title = `${workshop.title} · ${screen} · Agora`;
  }, [workshop, route.tab, sheet, t]);

  if (status === 'error' && !workshop) {
    return (
      <div className="page container">
        <a className="back-link" href={paths.home()}>
          <Icon name="back" size={16} />
          {t('workshop.allWorkshops')}
        </a>
        <EmptyState icon="alert" title={t('workshop.notFoundTitle')} level={1}>
          {error?.message}
        </EmptyState>
      </div>
    );
  }

  const place = workshop ? [workshop.venue, workshop.territory].filter(Boolean).join(' · ') : '';

  return (
    <>
      <div className="workshop-head">
        <div className="container">
          <a className="back-link" href={paths.home()}>
            <Icon name="back" size={16} />
            {t('workshop.allWorkshops')}
          </a>
          <div className="workshop-head__row">
            <h1 className="workshop-head__title">{workshop?.title ?? <span className="skeleton-text" />}</h1>
            {workshop ? (
              <ul className="workshop-head__meta">
                <li>
                  <FormatBadge format={workshop.format} />
                </li>
                <li>
                  <Icon name="calendar" size={16} />
                  <time dateTime={workshop.date}>{formatDate(workshop.date, i18n.language, 'full')}</time>
                </li>
                {place ? (
                  <li>
                    <Icon name="pin" size={16} />
                    {place}
                  </li>
                ) : null}
              </ul>
            ) : null}
          </div>
          <StageNav route={route} />
        </div>
      </div>
      {/* The screen keeps its place in the tree whether the panel is open or not, so opening it
          never resets what is being typed (a topic half written in the capture bar). */}
      <div className={`page container workshop-body ${roomPanelOpen ? 'workshop-body--room' : ''}`}>
        <div className="workshop-body__screen">
          {route.tab === 'setup' ? (
            <SetupScreen workshopId={route.workshopId} section={route.section} />
          ) : route.tab === 'groups' ? (
            <GroupsScreen workshopId={route.workshopId} />
          ) : route.tab === 'grid' ? (
            <GridScreen workshopId={route.workshopId} />
          ) : route.tab === 'vote' ? (
            sheet === 'tickets' ? (
              <TicketsScreen workshopId={route.workshopId} />
            ) : (
              <VoteScreen workshopId={route.workshopId} />
            )
          ) : (
            <TopicsScreen workshopId={route.workshopId} />
          )}
        </div>
        {roomPanelOpen ? <RoomPanel workshopId={route.workshopId} /> : null}
      </div>
      <RoomBar workshopId={route.workshopId} />
    </>
  );
}
