import {
  arrayOf,
  bool,
  communeParam,
  errorResponses,
  get,
  int,
  jsonResponse,
  num,
  object,
  pathParam,
  queryParam,
  str,
  yearParam,
} from '../../openapi/helpers';
import { changeKinds, judgedIndicators, kpiFamilies, kpiStatuses, kpiUnits, periodKinds } from './kpis.schemas';

const nullableEnum = (values: readonly string[], description: string) => ({
  type: ['string', 'null'],
  enum: [...values, null],
  description,
});
const date = (description: string, nullable = false) => ({
  type: nullable ? ['string', 'null'] : 'string',
  format: 'date',
  description,
});

const kpiRow = object({
  commune_insee: str('INSEE code'),
  family: { type: 'string', enum: [...kpiFamilies] },
  indicator: str(
    'Stable code: depenses_fonctionnement, depenses_equipement, epargne_brute, taux_epargne_brute, epargne_nette, ' +
      'capacite_desendettement, encours_dette, taux_execution_investissement, fluids_cost, energy, energy_corrected, ' +
      'vacancy_rate, footfall, street_footfall, open_alerts_high, open_alerts_medium',
  ),
  label: str('French label; says "corrigée du climat" when weather_corrected'),
  subject_id: str('null for the commune as a whole; the street for street_footfall', true),
  subject_label: str(undefined, true),
  year: int('Calendar year'),
  period_kind: {
    type: 'string',
    enum: [...periodKinds],
    description: 'year: a flow over the months covered; month; date: a stock at period_end',
  },
  period_start: date('First day covered'),
  period_end: date('Last day covered (the latest month with data for the year in progress)'),
  months_covered: int('Months from period_start to period_end'),
  complete: bool('The whole calendar period is covered; false for the year in progress ("janv.–oct. 2026")'),
  value: num('In unit; rates are fractions', true),
  unit: { type: 'string', enum: [...kpiUnits] },
  comparison_value: num('The same months of the year before (never a full year against a partial one)', true),
  comparison_start: date('First day of the comparison period', true),
  comparison_end: date('Last day of the comparison period', true),
  change: num('relative: value / comparison - 1 (fraction); points: value - comparison (0.012 = 1.2 points)', true),
  change_kind: nullableEnum(changeKinds, 'relative for amounts, points for rates; never mixed'),
  status: nullableEnum(kpiStatuses, 'null when the indicator is not judged'),
  threshold: num('Alert level in force (same unit as value, or as change when judged on the change)', true),
  watch_threshold: num('"À surveiller" level in force', true),
  threshold_direction: nullableEnum(['below', 'above'], 'Side of the danger'),
  threshold_judged_on: nullableEnum(['value', 'change'], 'What the thresholds judge'),
  threshold_source: nullableEnum(
    ['commune', 'default'],
    "The commune's own thresholds (alert_thresholds) or the default",
  ),
  weather_corrected: bool('Corrected with the heating degree-days'),
  is_public: bool('Readable without an account'),
});

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const indicatorParam = {
  ...pathParam('indicator', 'A judged indicator'),
  schema: { type: 'string', enum: [...judgedIndicators] },
};
const thresholdRow = object({
  indicator: { type: 'string', enum: [...judgedIndicators] },
  judged_on: { type: 'string', enum: ['value', 'change'] },
  direction: { type: 'string', enum: ['below', 'above'], description: 'Side of the danger' },
  watch_value: num('"À surveiller" level'),
  alert_value: num('Alert level'),
  unit: str('fraction, years or eur'),
  source: { type: 'string', enum: ['commune', 'default'] },
  source_note: str('Where the default comes from'),
  updated_by: str(undefined, true),
  updated_at: str(undefined, true),
});

export const kpisOpenApi = {
  '/kpis': get(
    'KPIs',
    'The KPI catalogue: every headline figure of a commune and year with its period, comparison and status',
    [
      communeParam,
      yearParam(),
      queryParam('family', { type: 'string', enum: [...kpiFamilies] }, 'Only one family', false),
    ],
    jsonResponse('One row per indicator (and subject), in the catalogue order (view kpi_catalogue)', arrayOf(kpiRow)),
    'Public: anyone reads the public indicators (a user limited to one commune too, for another commune); staff ' +
      '(admin, elected, agent) read every indicator of their commune. See docs/adr/0012-kpi-catalogue.md.',
  ),
  '/kpis/thresholds': get(
    'KPIs',
    'The levels that judge the catalogue’s figures for a commune (staff)',
    [communeParam],
    jsonResponse('One row per judged indicator (view stg_kpi_thresholds)', arrayOf(thresholdRow)),
    'Defaults (national conventions) unless the commune set its own. Staff only.',
  ),
  '/kpis/thresholds/{indicator}': {
    put: {
      tags: ['KPIs'],
      summary: 'Sets the commune’s own watch and alert levels of a judged indicator (agent, admin; audited)',
      parameters: [indicatorParam],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: object({
              commune: str('INSEE code'),
              watch_value: num('"À surveiller" level, in the indicator’s unit (a fraction of change for fluids_cost)'),
              alert_value: num('Alert level, beyond the watch level on the side of the danger'),
            }),
          },
        },
      },
      responses: { '200': { description: 'The levels in force', content: json(thresholdRow) }, ...errorResponses },
    },
    delete: {
      tags: ['KPIs'],
      summary: 'Back to the default levels of a judged indicator (agent, admin; audited)',
      parameters: [indicatorParam, communeParam],
      responses: { '200': { description: 'The levels in force', content: json(thresholdRow) }, ...errorResponses },
    },
  },
};
