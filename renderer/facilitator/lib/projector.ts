/**
 * Opens the projected screen in its own window (the facilitator drags it to the projector).
 * Named, so a second click brings the same window back instead of opening another.
 */
const TOKEN_KEY = 'agora.hostToken';

/**
 * The projected page's address, relative to the facilitator's page: `present/index.html` next to
 * it, in Electron (file://) as in the browser host. The browser host's secret is passed as
 * `?token=` so the new window's client can call the API; the page takes it out of its address bar.
 */
export function projectorUrl(workshopId: string): string {
  let token = '';
  try {
    token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    // no storage: Electron's preload carries the API and needs no token
  }
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return `present/index.html${query}#/w/${encodeURIComponent(workshopId)}`;
}

export function openProjectorWindow(workshopId: string): Window | null {
  const win = window.open(projectorUrl(workshopId), 'agora-projector', 'popup,width=1280,height=720');
  win?.focus();
  return win;
}
