/** The neighbourhood feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { NEIGHBOURHOOD_EN } from './i18n/en';
export { NEIGHBOURHOOD_FR } from './i18n/fr';
