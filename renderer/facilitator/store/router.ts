/**
 * A tiny hash router. Hash routing because the same build loads from file:// in Electron
 * and over http from the browser host; neither needs server-side rewrites this way.
 *
 *   #/                         → home (the list of workshops)
 *   #/w/<id>/setup[/<section>] → a workshop's setup (details, rooms, slots, participants)
 *   #/w/<id>/topics            → topic capture
 *   #/w/<id>/vote              → vote rounds, phones on the LAN, the projected screen
 *   #/w/<id>/vote/tickets      → printed tickets for binding votes (reached from the phones panel)
 *   #/w/<id>/grid              → the session grid (rooms × slots), published to phones and the screen
 */
import { create } from 'zustand';

export const SETUP_SECTIONS = ['details', 'rooms', 'slots', 'participants'] as const;
export type SetupSection = (typeof SETUP_SECTIONS)[number];

/** The workshop's stages, in order. Later stages (grouping, grid, outcomes) add an entry here. */
export const WORKSHOP_TABS = ['setup', 'topics', 'groups', 'vote', 'grid'] as const;
export type WorkshopTab = (typeof WORKSHOP_TABS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string; tab: 'setup'; section: SetupSection }
  | { name: 'workshop'; workshopId: string; tab: Exclude<WorkshopTab, 'setup'>; sheet?: WorkshopSheet };

/** Pages under a stage that are not stages themselves: the tickets sheet belongs to Vote. */
export type WorkshopSheet = 'tickets';

const isSection = (s: string | undefined): s is SetupSection =>
  s !== undefined && (SETUP_SECTIONS as readonly string[]).includes(s);
const isTab = (s: string | undefined): s is WorkshopTab =>
  s !== undefined && (WORKSHOP_TABS as readonly string[]).includes(s);

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, tab, section] = parts;
  if (first === 'w' && id) {
    if (tab === 'setup' || tab === undefined || !isTab(tab)) {
      return { name: 'workshop', workshopId: id, tab: 'setup', section: isSection(section) ? section : 'details' };
    }
    if (tab === 'vote' && section === 'tickets') return { name: 'workshop', workshopId: id, tab, sheet: 'tickets' };
    return { name: 'workshop', workshopId: id, tab: tab as Exclude<WorkshopTab, 'setup'> };
  }
  return { name: 'home' };
}

/** The i18n key of a stage's name: stages added with a feature keep their strings in its file. */
export const tabLabelKey = (tab: WorkshopTab): string =>
  tab === 'setup' || tab === 'topics' ? `stage.${tab}` : `${tab}.stage`;

export const paths = {
  home: () => '#/',
  setup: (workshopId: string, section?: SetupSection) =>
    `#/w/${encodeURIComponent(workshopId)}/setup${section && section !== 'details' ? `/${section}` : ''}`,
  tab: (workshopId: string, tab: WorkshopTab) =>
    tab === 'setup' ? paths.setup(workshopId) : `#/w/${encodeURIComponent(workshopId)}/${tab}`,
  tickets: (workshopId: string) => `#/w/${encodeURIComponent(workshopId)}/vote/tickets`,
};

interface RouterState {
  route: Route;
}

export const useRouter = create<RouterState>(() => ({ route: parseHash(window.location.hash) }));

window.addEventListener('hashchange', () => {
  useRouter.setState({ route: parseHash(window.location.hash) });
  // A new screen starts at the top, as a page load would.
  window.scrollTo(0, 0);
});

export function navigate(hash: string): void {
  if (window.location.hash === hash) return;
  window.location.hash = hash;
}

/** The id of the workshop on screen, or null on the home screen. */
export const selectWorkshopId = (s: RouterState): string | null =>
  s.route.name === 'workshop' ? s.route.workshopId : null;
