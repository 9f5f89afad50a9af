import { FluidsAlert } from './alert-rows';

/** A water leak at the École Jules Ferry, with the cost and follow-up given. */
export const fluidsAlert = (key: string, cost: number | null, acknowledged = false): FluidsAlert => ({
  alert_key: key,
  building_id: 'LIL-ECO-023',
  building_name: 'École Jules Ferry',
  building_type: 'school',
  quartier_id: 1,
  fluid: 'water',
  unit: 'm3',
  kind: 'leak',
  rule_id: null,
  month: '2026-10',
  since_month: '2025-09',
  months: 14,
  excess_quantity: 1000,
  estimated_cost_eur: cost,
  score: 6.2,
  acknowledged,
  acknowledged_at: acknowledged ? '2026-11-01T10:00:00Z' : null,
  acknowledged_by: acknowledged ? 'agent@lille.fr' : null,
  comment: acknowledged ? 'Plombier appelé' : null,
});

/** Three open (100 €, unknown, 900 €) and one taken in hand (5 000,40 €). */
export const FLUIDS_ALERTS_FIXTURE: FluidsAlert[] = [
  fluidsAlert('a', 100),
  fluidsAlert('b', null),
  fluidsAlert('c', 5000.4, true),
  fluidsAlert('d', 900),
];
