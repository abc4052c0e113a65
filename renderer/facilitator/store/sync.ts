/**
 * Keeps the stores in step with the core: loads what the current route shows, and re-reads
 * an area when a push event says it changed (another window, the CLI or the LAN may write).
 */
import type { AgoraEvent, ChangeArea } from '../../../shared/contract/index.ts';
import { getClient } from '../../shared/client.ts';
import { loadGrid, resetGrid, useGrid } from './grid.ts';
import { throttleByKey } from '../lib/throttle.ts';
import { loadGroups, resetGroups } from './groups.ts';
import { loadJoin, loadLanStatus, resetJoin, setLanStatus, useLan } from './lan.ts';
import { loadParticipants, resetParticipants } from './participants.ts';
import { loadProjector, setProjectorState } from './projector.ts';
import { loadResults, requestResults, resetResults } from './results.ts';
import { loadRooms, resetRooms } from './rooms.ts';
import { loadRounds, resetRounds, useRounds } from './rounds.ts';
import { selectWorkshopId, useRouter } from './router.ts';
import { loadSlots, resetSlots } from './slots.ts';
import { loadSuggestions, resetSuggestions } from './suggestions.ts';
import { reloadTicketsIfShown, resetTickets } from './tickets.ts';
import { loadTopics, resetTopics } from './topics.ts';
import { loadWorkshop, resetWorkshop } from './workshop.ts';
import { loadTrash, loadWorkshops, useWorkshops } from './workshops.ts';

/** Rounds, then each round's results: the list shows voters, and opening or closing changes a result's state. */
async function loadRoundsAndResults(workshopId: string): Promise<void> {
  await loadRounds(workshopId);
  const { workshopId: shown, items } = useRounds.getState();
  if (shown === workshopId) for (const round of items) void loadResults(round.id);
}

/** The join code is made on first ask, so it is read only once the Vote screen has asked for it. */
function reloadJoinIfShown(workshopId: string): void {
  if (useLan.getState().join?.workshopId === workshopId) void loadJoin(workshopId);
}

/** Loaded when a workshop opens: the header needs details, the stage and section navs show counts. */
const workshopLoaders = {
  details: loadWorkshop,
  rooms: loadRooms,
  slots: loadSlots,
  participants: loadParticipants,
  topics: loadTopics,
  rounds: loadRoundsAndResults,
  suggestions: loadSuggestions,
  groups: loadGroups,
  grid: loadGrid,
} satisfies Partial<Record<ChangeArea, (workshopId: string) => unknown>>;

const areaLoaders: Record<ChangeArea, (workshopId: string) => unknown> = {
  ...workshopLoaders,
  // The ceiling follows the participant list: the join panel shows both.
  participants: (workshopId: string) => {
    void loadParticipants(workshopId);
    reloadJoinIfShown(workshopId);
  },
  join: reloadJoinIfShown,
  // Read once the tickets sheet asked for them; kept fresh while a phone uses one.
  tickets: reloadTicketsIfShown,
  // Phones' "I'll attend" marks: head counts on the grid, once it has been read.
  attendance: (workshopId: string) => {
    if (useGrid.getState().workshopId === workshopId) void loadGrid(workshopId);
  },
};

/**
 * Areas whose store applies the answer of every write this window makes (an upsert, a local
 * removal): the change event that write causes would only re-read what is already on screen —
 * a full topics:list after each topic typed with Enter. Writes from elsewhere (another window,
 * phones, the CLI) still re-read. Rounds stay out: opening or closing one also moves results.
 */
const SELF_APPLIED: ReadonlySet<ChangeArea> = new Set([
  'details',
  'rooms',
  'slots',
  'participants',
  'topics',
  'suggestions',
  'groups',
  'grid',
]);

const isOwnEcho = (origin: string | undefined, area: ChangeArea): boolean =>
  origin !== undefined && origin === getClient().clientId && SELF_APPLIED.has(area);

const currentWorkshopId = (): string | null => selectWorkshopId(useRouter.getState());

/** What the grid is made of: its candidates, cells, hosts and demand. */
const GRID_SOURCES: ReadonlySet<ChangeArea> = new Set(['topics', 'groups', 'rooms', 'slots', 'participants', 'rounds']);
const GRID_READ_INTERVAL_MS = 1000;
const refreshGrid = throttleByKey((workshopId) => void loadGrid(workshopId), GRID_READ_INTERVAL_MS);
const gridOnScreen = (): boolean => {
  const { route } = useRouter.getState();
  return route.name === 'workshop' && route.tab === 'grid';
};
/** Only while the grid is on screen (demand moves with every vote); opening the Grid tab reads it afresh. */
function refreshGridIfLoaded(workshopId: string): void {
  if (gridOnScreen() && useGrid.getState().workshopId === workshopId) refreshGrid(workshopId);
}

function loadWorkshopAreas(workshopId: string): void {
  for (const load of Object.values(workshopLoaders)) void load(workshopId);
}

function onEvent(event: AgoraEvent): void {
  switch (event.name) {
    case 'workshops:changed':
      void loadWorkshops();
      if (useWorkshops.getState().trashStatus !== 'idle') void loadTrash();
      return;
    case 'workshop:changed': {
      const { workshopId, area, origin } = event.payload;
      // The grid is built from these, own changes included (a topic merged here leaves the grid too).
      if (GRID_SOURCES.has(area)) refreshGridIfLoaded(workshopId);
      if (isOwnEcho(origin, area)) return;
      if (workshopId === currentWorkshopId()) void areaLoaders[area](workshopId);
      else if (area === 'details' || area === 'topics' || area === 'participants') void loadWorkshops();
      return;
    }
    case 'votes:changed':
      if (event.payload.workshopId === currentWorkshopId()) requestResults(event.payload.roundId);
      // A session's demand is its voters: the grid's figures follow the room's votes.
      refreshGridIfLoaded(event.payload.workshopId);
      return;
    case 'projector:changed':
      setProjectorState(event.payload);
      return;
    case 'lan:changed': {
      setLanStatus(event.payload);
      // The join URL is built from the server's address: it changes when the server starts or stops.
      const workshopId = currentWorkshopId();
      if (workshopId) reloadJoinIfShown(workshopId);
      return;
    }
  }
}

export function startSync(): () => void {
  // undefined: nothing loaded yet (null means the home screen).
  let shownWorkshop: string | null | undefined;
  let gridShown = false;
  const onRoute = () => {
    const id = currentWorkshopId();
    if (id && gridOnScreen() !== gridShown) {
      gridShown = gridOnScreen();
      if (gridShown && id === shownWorkshop) void loadGrid(id);
    }
    if (id === shownWorkshop) return;
    shownWorkshop = id;
    resetResults();
    if (id) {
      loadWorkshopAreas(id);
    } else {
      resetWorkshop();
      resetRooms();
      resetSlots();
      resetParticipants();
      resetTopics();
      resetRounds();
      resetSuggestions();
      resetGroups();
      resetGrid();
      resetTickets();
      resetJoin();
      // Counts on the home cards may have changed while a workshop was open.
      void loadWorkshops();
    }
  };
  onRoute();
  if (shownWorkshop) void loadWorkshops();
  // Not per workshop: one participant server and one projected screen for the whole app.
  void loadLanStatus();
  void loadProjector();
  const unsubscribeRouter = useRouter.subscribe(onRoute);
  const unsubscribeEvents = getClient().onEvent(onEvent);

  return () => {
    unsubscribeRouter();
    unsubscribeEvents();
  };
}
