/**
 * The projected screen as a second Electron window: the facilitator's page opens
 * `present/index.html` with window.open, and this puts it full screen on the external
 * display (the laptop's own screen when there is only one). Any other window.open is denied.
 */
import { pathToFileURL } from 'node:url';
import { type BrowserWindowConstructorOptions, type Display, screen, type WindowOpenHandlerResponse } from 'electron';

/** The display a projector is plugged into: any display but the one the laptop's window is on. */
function externalDisplay(): Display {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((d) => d.id !== primary.id) ?? primary;
}

export function projectorWindowHandler(
  presentPage: string,
  webPreferences: BrowserWindowConstructorOptions['webPreferences'],
): (details: { url: string }) => WindowOpenHandlerResponse {
  const allowed = pathToFileURL(presentPage).href;
  return ({ url }) => {
    // Query and hash carry the workshop; the page itself must be ours.
    if (url.split(/[?#]/)[0] !== allowed) return { action: 'deny' };
    const display = externalDisplay();
    const onExternal = display.id !== screen.getPrimaryDisplay().id;
    return {
      action: 'allow',
      overrideBrowserWindowOptions: {
        title: 'Agora — projected screen',
        x: display.bounds.x,
        y: display.bounds.y,
        width: onExternal ? display.bounds.width : 1280,
        height: onExternal ? display.bounds.height : 720,
        // Full screen on the projector; a normal window beside the laptop's when there is none.
        fullscreen: onExternal,
        autoHideMenuBar: true,
        backgroundColor: '#000000',
        // The countdown's chime at zero must sound without anyone clicking the projector first.
        webPreferences: { ...webPreferences, autoplayPolicy: 'no-user-gesture-required' },
      },
    };
  };
}
