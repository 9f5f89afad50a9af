/** The brief feature's public surface: what other features may use of it (docs/adr/0018). */
export type { BudgetHealthRow, ProgrammeRow, RatioThreshold } from './data-access/brief-rows';
export { DecisionList } from './decision-list/decision-list';
export { buildDecisions, type Decision } from './state/build-decisions';
