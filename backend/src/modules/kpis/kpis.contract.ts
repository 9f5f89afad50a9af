import { z } from 'zod';
import { arrayOf, bool, int, num, object, op, str, type Contract } from '../../http/contract';
import { editors, staff } from '../auth/roles';
import {
  changeKinds,
  indicatorParams,
  judgedIndicators,
  kpiFamilies,
  kpiStatuses,
  kpiUnits,
  kpisQuery,
  periodKinds,
  thresholdBody,
  thresholdsQuery,
} from './kpis.schemas';

const nullableEnum = (values: readonly [string, ...string[]], description: string) =>
  z.enum(values).nullable().meta({ description });
const date = (description: string, nullable = false) =>
  (nullable ? z.string().nullable() : z.string()).meta({ description, format: 'date' });

const kpiRow = object({
  commune_insee: str('INSEE code'),
  family: z.enum(kpiFamilies),
  indicator: str(
    'Stable code: depenses_fonctionnement, depenses_equipement, epargne_brute, taux_epargne_brute, epargne_nette, ' +
      'capacite_desendettement, encours_dette, taux_execution_investissement, fluids_cost, energy, energy_corrected, ' +
      'vacancy_rate, footfall, street_footfall, open_alerts_high, open_alerts_medium',
  ),
  label: str('French label; says "corrigée du climat" when weather_corrected'),
  subject_id: str('null for the commune as a whole; the street for street_footfall', true),
  subject_label: str(undefined, true),
  year: int('Calendar year'),
  period_kind: z.enum(periodKinds).meta({
    description: 'year: a flow over the months covered; month; date: a stock at period_end',
  }),
  period_start: date('First day covered'),
  period_end: date('Last day covered (the latest month with data for the year in progress)'),
  months_covered: int('Months from period_start to period_end'),
  complete: bool('The whole calendar period is covered; false for the year in progress ("janv.–oct. 2026")'),
  value: num('In unit; rates are fractions', true),
  unit: z.enum(kpiUnits),
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

const thresholdRow = object({
  indicator: z.enum(judgedIndicators),
  judged_on: z.enum(['value', 'change']),
  direction: z.enum(['below', 'above']).meta({ description: 'Side of the danger' }),
  watch_value: num('"À surveiller" level'),
  alert_value: num('Alert level'),
  unit: str('fraction, years or eur'),
  source: z.enum(['commune', 'default']),
  source_note: str('Where the default comes from'),
  updated_by: str(undefined, true),
  updated_at: str(undefined, true),
});

export const kpisContract: Contract = {
  '/kpis': {
    get: op({
      id: 'getKpis',
      tag: 'KPIs',
      summary: 'The KPI catalogue: every headline figure of a commune and year with its period, comparison and status',
      description:
        'Public: anyone reads the public indicators (a user limited to one commune too, for another commune); ' +
        'staff (admin, elected, agent) read every indicator of their commune. See docs/adr/0012-kpi-catalogue.md.',
      access: 'public',
      query: kpisQuery,
      docs: { family: 'Only one family' },
      responseDescription: 'One row per indicator (and subject), in the catalogue order (view kpi_catalogue)',
      response: arrayOf(kpiRow),
    }),
  },
  '/kpis/thresholds': {
    get: op({
      id: 'getKpiThresholds',
      tag: 'KPIs',
      summary: 'The levels that judge the catalogue’s figures for a commune (staff)',
      description: 'Defaults (national conventions) unless the commune set its own. Staff only.',
      access: staff,
      query: thresholdsQuery,
      responseDescription: 'One row per judged indicator (view stg_kpi_thresholds)',
      response: arrayOf(thresholdRow),
    }),
  },
  '/kpis/thresholds/{indicator}': {
    put: op({
      id: 'putKpiThreshold',
      tag: 'KPIs',
      summary: 'Sets the commune’s own watch and alert levels of a judged indicator (agent, admin; audited)',
      access: editors,
      path: indicatorParams,
      body: thresholdBody,
      docs: { indicator: 'A judged indicator' },
      responseDescription: 'The levels in force',
      response: thresholdRow,
    }),
    delete: op({
      id: 'deleteKpiThreshold',
      tag: 'KPIs',
      summary: 'Back to the default levels of a judged indicator (agent, admin; audited)',
      access: editors,
      path: indicatorParams,
      query: thresholdsQuery,
      docs: { indicator: 'A judged indicator' },
      responseDescription: 'The levels in force',
      response: thresholdRow,
    }),
  },
};
