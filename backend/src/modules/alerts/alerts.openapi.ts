import {
  arrayOf,
  communeParam,
  errorResponses,
  jsonResponse,
  num,
  object,
  pathParam,
  queryParam,
  str,
} from '../../openapi/helpers';
import { alertFamilies, alertKinds, alertStatuses } from './alerts.schemas';

const tag = 'Alerts';
const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const accessResponses = {
  '401': { description: 'Not signed in', content: errorContent },
  '403': {
    description: 'Role not allowed, or another commune than the account’s',
    content: errorContent,
  },
};
const json = (schema: Record<string, unknown>) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const month = { type: ['string', 'null'], pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2026-03' };
const unit = { type: 'string', enum: ['%', 'points', 'months'] };

const alertRow = object({
  commune_insee: str('INSEE code'),
  alert_key: str(
    'kind|subject_id|first month (programmes: kind|programme_id): stable while the episode goes on',
  ),
  family: { type: 'string', enum: [...alertFamilies] },
  kind: { type: 'string', enum: [...alertKinds] },
  subject_id: str('Programme id, street name or counting site id'),
  subject_label: str('Programme name, street name or counting site name'),
  quartier: str(undefined, true),
  street: str(undefined, true),
  first_month: {
    ...month,
    description: 'First month of the episode, YYYY-MM (null for programmes)',
  },
  last_month: { ...month, description: 'Last month of the episode, YYYY-MM (null for programmes)' },
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
  severity: {
    type: 'string',
    enum: ['high', 'medium'],
    description: 'high when value >= 2 x threshold (threshold 0: value > 10)',
  },
  status: { type: 'string', enum: ['open', 'acknowledged'] },
  acknowledged_by: str(undefined, true),
  acknowledged_at: { type: ['string', 'null'], format: 'date-time' },
  comment: str(undefined, true),
});

const thresholdRow = object({
  kind: { type: 'string', enum: [...alertKinds] },
  family: { type: 'string', enum: [...alertFamilies] },
  threshold_value: num('In force for the commune'),
  default_value: num(
    'programme_overrun 0 %, programme_slippage 6 months, vacancy_spike 5 points, footfall_drop 20 %',
  ),
  unit,
  updated_by: str('Who set it; null for the default', true),
  updated_at: { type: ['string', 'null'], format: 'date-time' },
});

const keyParam = pathParam('key', 'alert_key, URL-encoded (programme_overrun%7C1025)');

export const alertsOpenApi = {
  '/alerts': {
    get: {
      tags: [tag],
      summary:
        'Alerts of the budget (AP/CP programmes), commerce (vacancy per street) and flows (footfall per site)',
      description:
        'Internal (staff). Rows of the view kpi_alerts: episodes whose last month is one of the commune’s last 12 ' +
        'months of data, and programmes over their AP or late; high severity first, then the costliest, then the ' +
        'largest value. Fluids alerts have their own endpoint, /fluids/alerts.',
      parameters: [
        communeParam,
        queryParam(
          'family',
          { type: 'string', enum: [...alertFamilies] },
          'One family only',
          false,
        ),
        queryParam(
          'status',
          { type: 'string', enum: [...alertStatuses], default: 'open' },
          'open (default), acknowledged or all',
          false,
        ),
        queryParam(
          'limit',
          { type: 'integer', minimum: 1, maximum: 500, default: 200 },
          'At most this many rows',
          false,
        ),
      ],
      responses: {
        ...jsonResponse('Alerts (view kpi_alerts)', arrayOf(alertRow)),
        ...accessResponses,
      },
    },
  },
  '/alerts/{key}/acknowledgement': {
    put: {
      tags: [tag],
      summary: 'Acknowledge an alert with a note (kept while the episode goes on); audited',
      parameters: [keyParam],
      requestBody: json(
        object({ commune: str('INSEE code'), comment: str('Optional, up to 1,000 characters') }, [
          'commune',
        ]),
      ),
      responses: {
        ...jsonResponse('The alert, acknowledged', alertRow),
        ...accessResponses,
      },
    },
    delete: {
      tags: [tag],
      summary: 'Withdraw an acknowledgement (the alert is open again); audited',
      parameters: [keyParam, communeParam],
      responses: { '204': { description: 'Withdrawn' }, ...errorResponses, ...accessResponses },
    },
  },
  '/alerts/thresholds': {
    get: {
      tags: [tag],
      summary: 'The four alert thresholds of a commune, default or set by an agent',
      parameters: [communeParam],
      responses: { ...jsonResponse('One row per kind', arrayOf(thresholdRow)), ...accessResponses },
    },
  },
  '/alerts/thresholds/{kind}': {
    put: {
      tags: [tag],
      summary: 'Set a commune’s threshold for an alert kind; audited with the old and new values',
      parameters: [
        {
          name: 'kind',
          in: 'path',
          required: true,
          description: 'programme_overrun, programme_slippage, vacancy_spike or footfall_drop',
          schema: { type: 'string', enum: [...alertKinds] },
        },
      ],
      requestBody: json(
        object({
          commune: str('INSEE code'),
          threshold_value: {
            type: 'number',
            minimum: 0,
            maximum: 1000,
            description: 'In the kind’s unit',
          },
        }),
      ),
      responses: { ...jsonResponse('The threshold in force', thresholdRow), ...accessResponses },
    },
    delete: {
      tags: [tag],
      summary: 'Put a commune’s threshold back to the default; audited with the old and new values',
      parameters: [
        {
          name: 'kind',
          in: 'path',
          required: true,
          description: 'programme_overrun, programme_slippage, vacancy_spike or footfall_drop',
          schema: { type: 'string', enum: [...alertKinds] },
        },
        communeParam,
      ],
      responses: {
        ...jsonResponse('The default threshold, in force again', thresholdRow),
        ...accessResponses,
      },
    },
  },
};
