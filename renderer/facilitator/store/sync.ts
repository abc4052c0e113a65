/**
 * Keeps the stores in step with the core: loads what the current route shows, and re-reads
 * an area when a push event says it changed (another window, the CLI or the LAN may write).
 */
import type { ChangeArea } from '../../../shared/events.ts';
import { getClient } from '../../shared/client.ts';
import { loadParticipants, resetParticipants } from './participants.ts';
import { loadRooms, resetRooms } from './rooms.ts';
import { useRouter } from './router.ts';
import { loadSlots, resetSlots } from './slots.ts';
import { loadTopics, resetTopics } from './topics.ts';
import { loadWorkshop, resetWorkshop } from './workshop.ts';
import { loadTrash, loadWorkshops, useWorkshops } from './workshops.ts';

const areaLoaders: Record<ChangeArea, (workshopId: string) => unknown> = {
  details: loadWorkshop,
  rooms: loadRooms,
  slots: loadSlots,
  participants: loadParticipants,
  topics: loadTopics,
};

function currentWorkshopId(): string | null {
  const { route } = useRouter.getState();
  return route.name === 'workshop' ? route.workshopId : null;
}

/** Loads every area of a workshop: the header needs details, Setup's sub-nav shows counts of the rest. */
function loadWorkshopAreas(workshopId: string): void {
  for (const load of Object.values(areaLoaders)) void load(workshopId);
}

export function startSync(): () => void {
  // undefined: nothing loaded yet (null means the home screen).
  let shownWorkshop: string | null | undefined;
  const onRoute = () => {
    const id = currentWorkshopId();
    if (id === shownWorkshop) return;
    shownWorkshop = id;
    if (id) {
      loadWorkshopAreas(id);
    } else {
      resetWorkshop();
      resetRooms();
      resetSlots();
      resetParticipants();
      resetTopics();
      // Counts on the home cards may have changed while a workshop was open.
      void loadWorkshops();
    }
  };
  onRoute();
  if (shownWorkshop) void loadWorkshops();
  const unsubscribeRouter = useRouter.subscribe(onRoute);

  const unsubscribeEvents = getClient().onEvent((event) => {
    if (event.name === 'workshops:changed') {
      void loadWorkshops();
      if (useWorkshops.getState().trashStatus !== 'idle') void loadTrash();
      return;
    }
    const { workshopId, area } = event.payload;
    if (workshopId === currentWorkshopId()) void areaLoaders[area](workshopId);
    else if (area === 'details' || area === 'topics' || area === 'participants') void loadWorkshops();
  });

  return () => {
    unsubscribeRouter();
    unsubscribeEvents();
  };
}
