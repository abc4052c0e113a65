/**
 * The projected screen's own i18next instance: the room reads it, so it speaks the workshop's
 * language unless someone picked one on this screen (L key or the corner switch).
 */

import presentEn from '../shared/i18n/present.en.json';
import presentFr from '../shared/i18n/present.fr.json';
import { createWindowI18n } from '../shared/i18n/windowI18n.ts';

export const presentI18n = createWindowI18n({
  resources: { en: { translation: presentEn }, fr: { translation: presentFr } },
  storageKey: 'agora.present.language',
  remember: 'session',
});
