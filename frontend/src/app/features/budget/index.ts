/** The budget feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export { BUDGET_EN } from './i18n/en';
export { BUDGET_FR } from './i18n/fr';
