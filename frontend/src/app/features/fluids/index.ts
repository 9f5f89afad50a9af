/** The fluids feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { FLUIDS_EN } from './i18n/en';
export { FLUIDS_FR } from './i18n/fr';
