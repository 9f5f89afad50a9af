import type { ApiResponse } from '../../../api';

/** `GET /api/v1/health?commune=`: the server's status and, under `freshness`, the commune's data sources. */
export type HealthBody = ApiResponse<'getHealth'>;

/**
 * One data source of a commune (budget, fluids, degree-days, commerce or counts): `last_import_at`, the last landed
 * import (null for data loaded otherwise, the demo), and `latest_data`, the latest date the data covers (YYYY-MM-DD).
 */
export type FreshnessRow = HealthBody['freshness'][number];
