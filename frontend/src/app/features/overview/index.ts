/** The overview feature's public surface: what other features may use of it (docs/adr/0018). */
export type { OverviewRow } from './data-access/overview-row';
