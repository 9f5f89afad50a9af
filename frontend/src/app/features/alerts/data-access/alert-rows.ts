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
