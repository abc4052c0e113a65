/**
 * The phone page's own i18next instance, with only the phone's strings: it follows the
 * workshop's language (from /p/join and /p/state) unless the participant picks EN or FR.
 */
import { gridPhone as gridPhoneEn } from '../shared/i18n/grid.en.json';
import { gridPhone as gridPhoneFr } from '../shared/i18n/grid.fr.json';
import phoneEn from '../shared/i18n/phone.en.json';
import phoneFr from '../shared/i18n/phone.fr.json';
import { createWindowI18n } from '../shared/i18n/windowI18n.ts';

export const phoneI18n = createWindowI18n({
  resources: {
    // The session grid's phone strings live with the grid's (grid.*.json), only that part here.
    en: { translation: { ...phoneEn, gridPhone: gridPhoneEn } },
    fr: { translation: { ...phoneFr, gridPhone: gridPhoneFr } },
  },
  storageKey: 'agora.phone.language',
  remember: 'local',
});
