/** The login feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { LOGIN_EN } from './i18n/en';
export { LOGIN_FR } from './i18n/fr';
