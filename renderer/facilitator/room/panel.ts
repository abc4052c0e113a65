/**
 * Whether the room panel (phones and proposals) is open beside the workshop's screen. One state
 * for every screen, so it stays open from Topics to Vote; remembered for the next launch, since a
 * facilitator who keeps the join code in view wants it there again after a restart.
 */
import { create } from 'zustand';

export type RoomSection = 'phones' | 'queue';

export const ROOM_PANEL_ID = 'room-panel';

/** Each section's heading: focus lands there so a screen reader says where it is. */
export const SECTION_HEADINGS: Record<RoomSection, string> = { phones: 'phones-heading', queue: 'queue-heading' };

const STORAGE_KEY = 'agora.roomPanel';

function remembered(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'open';
  } catch {
    return false; // storage unavailable: start closed
  }
}

function remember(open: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, open ? 'open' : 'closed');
  } catch {
    // not fatal: the panel just starts closed next time
  }
}

interface RoomPanelState {
  open: boolean;
  /** The section to bring into view and focus once rendered; cleared when done. */
  focus: RoomSection | null;
}

export const useRoomPanel = create<RoomPanelState>(() => ({ open: remembered(), focus: null }));

/** The button that opened the panel: focus goes back to it when the panel closes. */
let opener: HTMLElement | null = null;

export function openRoomPanel(section: RoomSection, from: HTMLElement | null = null): void {
  opener = from;
  remember(true);
  useRoomPanel.setState({ open: true, focus: section });
}

export function closeRoomPanel(): void {
  remember(false);
  useRoomPanel.setState({ open: false, focus: null });
  const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('[data-testid="room-phones"]');
  opener = null;
  back?.focus();
}

export function focusHandled(): void {
  useRoomPanel.setState({ focus: null });
}
