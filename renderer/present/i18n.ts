/**
 * The projected screen's own i18next instance: the room reads it, so it speaks the workshop's
 * language unless someone picked one on this screen (L key or the corner switch).
 */

import { gridScreen as gridScreenEn } from '../shared/i18n/grid.en.json';
import { gridScreen as gridScreenFr } from '../shared/i18n/grid.fr.json';
import presentEn from '../shared/i18n/present.en.json';
import presentFr from '../shared/i18n/present.fr.json';
import { createWindowI18n } from '../shared/i18n/windowI18n.ts';

export const presentI18n = createWindowI18n({
  resources: {
    // The session grid's screen strings live with the grid's (grid.*.json), only that part here.
    en: { translation: { ...presentEn, gridScreen: gridScreenEn } },
    fr: { translation: { ...presentFr, gridScreen: gridScreenFr } },
  },
  storageKey: 'agora.present.language',
  remember: 'session',
});
