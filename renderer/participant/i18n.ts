/**
 * The phone page's own i18next instance, with only the phone's strings: it follows the
 * workshop's language (from /p/join and /p/state) unless the participant picks EN or FR.
 */
import phoneEn from '../shared/i18n/phone.en.json';
import phoneFr from '../shared/i18n/phone.fr.json';
import { createWindowI18n } from '../shared/i18n/windowI18n.ts';

export const phoneI18n = createWindowI18n({
  resources: { en: { translation: phoneEn }, fr: { translation: phoneFr } },
  storageKey: 'agora.phone.language',
  remember: 'local',
});
