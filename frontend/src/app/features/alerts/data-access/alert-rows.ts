import type { ApiRow } from '../../../api';

/** One alert episode of `GET /api/v1/fluids/alerts` (internal): abnormal consumption, leak, step, missing readings... */
export type FluidsAlert = ApiRow<'getFluidsAlerts'>;

export type AlertStatusFilter = 'open' | 'acknowledged' | 'all';

/**
 * One alert of `GET /api/v1/alerts` (internal): a programme over its AP (`value` in %, `estimated_cost_eur` the
 * overrun) or late (`value` in months), a street whose vacancy rose (`value` in percentage points over 12 months,
 * rates as fractions), a counting site whose footfall fell (`value` the % fall against the same month a year
 * earlier, mean daily counts). `subject_id` is the programme id, the street name or the site id.
 */
export type FamilyAlert = ApiRow<'getAlerts'>;

/** The families `GET /api/v1/alerts` covers (fluids alerts have their own endpoint). */
export type AlertFamily = FamilyAlert['family'];
export type FamilyAlertKind = FamilyAlert['kind'];
export type AlertUnit = FamilyAlert['unit'];

/** One row of `GET /api/v1/alerts/thresholds`: the threshold in force for a kind, and who last changed it. */
export type AlertThreshold = ApiRow<'getAlertsThresholds'>;
