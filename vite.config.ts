import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

// One build, one entry per window: the facilitator's laptop UI (index.html), the projected
// screen (present/) and the phone page served on the LAN (participant/).
// base './' so the same files load from file:// in Electron and from the browser host.
export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react()],
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
