/** The alerts feature's public surface: what other features may use of it (docs/adr/0018). */
export type { FamilyAlert, FamilyAlertKind } from './data-access/alert-rows';
export type { ProgrammeRow } from './data-access/budget-rows';
export { thresholdLabel } from './state/build-alert-thresholds';
export { bySeverity } from './state/build-family-alerts';
export { describeFamilyAlert, familyAlertLink } from './state/describe-family-alert';
