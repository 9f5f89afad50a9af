/** The alerts feature's public surface: what the app and other features may use of it (docs/adr/0018). */
export type { FamilyAlertKind } from './data-access/alert-rows';
export type { ProgrammeRow } from './data-access/budget-rows';
export { thresholdLabel } from './state/build-alert-thresholds';
export { ALERTS_EN } from './i18n/en';
export { ALERTS_FR } from './i18n/fr';
