import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/core/net/security.ts';

const here = import.meta.dirname;

/** The same strict CSP in every built page, wherever it is loaded from. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'agora-csp',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
  ],
});

// One build, one entry per window: the facilitator's laptop UI (index.html), the projected
// screen (present/) and the phone page served on the LAN (participant/).
// base './' so the same files load from file:// in Electron and from the browser host.
export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: resolve(here, 'dist/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        facilitator: resolve(here, 'renderer/index.html'),
        present: resolve(here, 'renderer/present/index.html'),
        participant: resolve(here, 'renderer/participant/index.html'),
      },
    },
  },
});
