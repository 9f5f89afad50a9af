/** One alert episode of `GET /api/v1/fluids/alerts` (internal): abnormal consumption, leak, step, missing readings... */
export interface FluidsAlert {
  alert_key: string;
  building_id: string;
  building_name: string;
  building_type: string;
  fluid: string;
  unit: string;
  kind: string;
  month: string;
  since_month: string;
  months: number;
  excess_quantity: number | null;
  estimated_cost_eur: number | null;
  acknowledged: boolean;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  comment: string | null;
}

export type AlertStatusFilter = 'open' | 'acknowledged' | 'all';

/** The families `GET /api/v1/alerts` covers (fluids alerts have their own endpoint). */
export type AlertFamily = 'budget' | 'commerce' | 'flows';

export type FamilyAlertKind = 'programme_overrun' | 'programme_slippage' | 'vacancy_spike' | 'footfall_drop';

export type AlertUnit = '%' | 'points' | 'months';

/**
 * One alert of `GET /api/v1/alerts` (internal): a programme over its AP (`value` in %, `estimated_cost_eur` the
 * overrun) or late (`value` in months), a street whose vacancy rose (`value` in percentage points over 12 months,
 * rates as fractions), a counting site whose footfall fell (`value` the % fall against the same month a year
 * earlier, mean daily counts). `subject_id` is the programme id, the street name or the site id.
 */
export interface FamilyAlert {
  commune_insee: string;
  alert_key: string;
  family: AlertFamily;
  kind: FamilyAlertKind;
  subject_id: string;
  subject_label: string;
  quartier: string | null;
  street: string | null;
  first_month: string | null;
  last_month: string | null;
  value: number;
  unit: AlertUnit;
  threshold_value: number;
  reference_value: number | null;
  current_value: number | null;
  estimated_cost_eur: number | null;
  severity: 'high' | 'medium';
  status: 'open' | 'acknowledged';
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  comment: string | null;
}

/** One row of `GET /api/v1/alerts/thresholds`: the threshold in force for a kind, and who last changed it. */
export interface AlertThreshold {
  kind: FamilyAlertKind;
  family: AlertFamily;
  threshold_value: number;
  default_value: number;
  unit: AlertUnit;
  updated_by: string | null;
  updated_at: string | null;
}
