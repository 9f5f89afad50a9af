/** The imports feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { IMPORTS_EN } from './i18n/en';
export { IMPORTS_FR } from './i18n/fr';
