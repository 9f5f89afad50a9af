import { z } from 'zod';
import { arrayOf, num, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './alerts.schemas';
import { editors, staff } from '../auth/roles';
import { alertFamilies, alertKinds } from './alerts.schemas';

const tag = 'Alerts';
const month = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable()
    .meta({ description, example: '2026-03' });
const unit = z.enum(['%', 'points', 'months']);

const alertRow = object({
  commune_insee: str('INSEE code'),
  alert_key: str('kind|subject_id|first month (programmes: kind|programme_id): stable while the episode goes on'),
  family: z.enum(alertFamilies),
  kind: z.enum(alertKinds),
  subject_id: str('Programme id, street name or counting site id'),
  subject_label: str('Programme name, street name or counting site name'),
  quartier: str(undefined, true),
  street: str(undefined, true),
  first_month: month('First month of the episode, YYYY-MM (null for programmes)'),
  last_month: month('Last month of the episode, YYYY-MM (null for programmes)'),
  value: num(
    'programme_overrun: % above the AP; programme_slippage: months late; vacancy_spike: worst 12-month rise in ' +
      'percentage points (21.6 = 21.6 points); footfall_drop: worst fall in % against the same month a year ' +
      'earlier (32.0 = -32 %)',
  ),
  unit,
  threshold_value: num('The commune’s threshold in force, in the unit'),
  reference_value: num(
    'AP (EUR), vacancy rate 12 months before (fraction), mean daily count a year before; null for slippage',
    true,
  ),
  current_value: num(
    'Highest of CP executed and CP planned (EUR), vacancy rate at the last month (fraction), mean daily count of ' +
      'the last month; null for slippage',
    true,
  ),
  estimated_cost_eur: num('Overrun only: CP above the AP, EUR', true),
  severity: z
    .enum(['high', 'medium'])
    .meta({ description: 'high when value >= 2 x threshold (threshold 0: value > 10)' }),
  status: z.enum(['open', 'acknowledged']),
  acknowledged_by: str(undefined, true),
  acknowledged_at: str('ISO 8601 instant', true),
  comment: str(undefined, true),
});

const thresholdRow = object({
  kind: z.enum(alertKinds),
  family: z.enum(alertFamilies),
  threshold_value: num('In force for the commune'),
  default_value: num('programme_overrun 0 %, programme_slippage 6 months, vacancy_spike 5 points, footfall_drop 20 %'),
  unit,
  updated_by: str('Who set it; null for the default', true),
  updated_at: str('ISO 8601 instant', true),
});

export const alertsContract: Contract = {
  '/alerts': {
    get: op({
      id: 'getAlerts',
      tag,
      summary: 'Alerts of the budget (AP/CP programmes), commerce (vacancy per street) and flows (footfall per site)',
      description:
        'Internal (staff). Rows of the view kpi_alerts: episodes whose last month is one of the commune’s last 12 ' +
        'months of data, and programmes over their AP or late; high severity first, then the costliest, then the ' +
        'largest value. Fluids alerts have their own endpoint, /fluids/alerts.',
      access: staff,
      query: schemas.listQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        family: 'One family only',
        status: 'open (default), acknowledged or all',
        limit: 'At most this many rows',
      },
      responseDescription: 'Alerts (view kpi_alerts)',
      response: arrayOf(alertRow),
    }),
  },
  '/alerts/{key}/acknowledgement': {
    put: op({
      id: 'putAlertsByKeyAcknowledgement',
      tag,
      summary: 'Acknowledge an alert with a note (kept while the episode goes on); audited',
      access: editors,
      path: schemas.keyParams,
      body: schemas.acknowledgement,
      docs: { key: 'alert_key, URL-encoded (programme_overrun%7C1025)' },
      responseDescription: 'The alert, acknowledged',
      response: alertRow,
    }),
    delete: op({
      id: 'deleteAlertsByKeyAcknowledgement',
      tag,
      summary: 'Withdraw an acknowledgement (the alert is open again); audited',
      access: editors,
      query: schemas.communeQuery,
      path: schemas.keyParams,
      docs: {
        key: 'alert_key, URL-encoded (programme_overrun%7C1025)',
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      status: '204',
      responseDescription: 'Withdrawn',
    }),
  },
  '/alerts/thresholds': {
    get: op({
      id: 'getAlertsThresholds',
      tag,
      summary: 'The four alert thresholds of a commune, default or set by an agent',
      access: staff,
      query: schemas.communeQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      responseDescription: 'One row per kind',
      response: arrayOf(thresholdRow),
    }),
  },
  '/alerts/thresholds/{kind}': {
    put: op({
      id: 'putAlertsThresholdsByKind',
      tag,
      summary: 'Set a commune’s threshold for an alert kind; audited with the old and new values',
      access: editors,
      path: schemas.kindParams,
      body: schemas.thresholdBody,
      docs: { kind: 'programme_overrun, programme_slippage, vacancy_spike or footfall_drop' },
      responseDescription: 'The threshold in force',
      response: thresholdRow,
    }),
    delete: op({
      id: 'deleteAlertsThresholdsByKind',
      tag,
      summary: 'Put a commune’s threshold back to the default; audited with the old and new values',
      access: editors,
      query: schemas.communeQuery,
      path: schemas.kindParams,
      docs: {
        kind: 'programme_overrun, programme_slippage, vacancy_spike or footfall_drop',
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      responseDescription: 'The default threshold, in force again',
      response: thresholdRow,
    }),
  },
};
