/** The brief feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { BRIEF_EN } from './i18n/en';
export { BRIEF_FR } from './i18n/fr';
