/** Shorthand for the typed API of the one client (Electron IPC or the browser host). */
import { getClient } from '../../shared/client.ts';

export const api = () => getClient().api;
