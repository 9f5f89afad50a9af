import type { ApiRow } from '../../../api';

/**
 * One year of a commune's key figures, as `GET /api/v1/overview?commune=` returns them (2026 is year to date). A
 * family's figures are null for a year it has no data for.
 */
export type OverviewRow = ApiRow<'getOverview'>;
