/** The overview feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export type { OverviewRow } from './data-access/overview-row';
export { OVERVIEW_EN } from './i18n/en';
export { OVERVIEW_FR } from './i18n/fr';
