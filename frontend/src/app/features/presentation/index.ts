/** The presentation feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { PRESENTATION_EN } from './i18n/en';
export { PRESENTATION_FR } from './i18n/fr';
