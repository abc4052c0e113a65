/**
 * `npm run bench`: prints tables of figures, never pass/fail. Needs the renderer built
 * (`npm run build:renderer`) and Chromium (AGORA_CHROMIUM or /usr/bin/chromium).
 */
import { printTable } from './table.ts';
import { benchTopicsUi } from './topics-ui.ts';

printTable('Topic capture with 300 topics (Chromium, real host)', await benchTopicsUi());
