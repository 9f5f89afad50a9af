/** The commerce feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { COMMERCE_EN } from './i18n/en';
export { COMMERCE_FR } from './i18n/fr';
