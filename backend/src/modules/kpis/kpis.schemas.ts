import { z } from 'zod';
import { inseeCode, year } from '../../http/validate';

export const kpiFamilies = ['budget', 'fluids', 'commerce', 'flows', 'alerts'] as const;
export const kpiStatuses = ['ok', 'watch', 'alert'] as const;
export const kpiUnits = ['EUR', 'kWh', 'fraction', 'years', 'count', 'per_day'] as const;
export const periodKinds = ['year', 'month', 'date'] as const;
export const changeKinds = ['relative', 'points'] as const;

/** GET /kpis?commune=&year=[&family=] */
export const kpisQuery = z.object({
  commune: inseeCode,
  year,
  family: z.enum(kpiFamilies).optional(),
});

export type KpisQuery = z.infer<typeof kpisQuery>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One row of the KPI catalogue (analytics.kpi_catalogue, docs/adr/0012-kpi-catalogue.md): a headline figure with its
 * period, comparison and judgment. The contract of GET /kpis, and the shape every page's figure comes from.
 */
export const kpiRow = z.object({
  commune_insee: z.string(),
  family: z.enum(kpiFamilies),
  indicator: z.string(),
  label: z.string(),
  subject_id: z.string().nullable(),
  subject_label: z.string().nullable(),
  year: z.number().int(),
  period_kind: z.enum(periodKinds),
  period_start: isoDate,
  period_end: isoDate,
  months_covered: z.number().int().min(1).max(12),
  complete: z.boolean(),
  value: z.number().nullable(),
  unit: z.enum(kpiUnits),
  comparison_value: z.number().nullable(),
  comparison_start: isoDate.nullable(),
  comparison_end: isoDate.nullable(),
  change: z.number().nullable(),
  change_kind: z.enum(changeKinds).nullable(),
  status: z.enum(kpiStatuses).nullable(),
  threshold: z.number().nullable(),
  watch_threshold: z.number().nullable(),
  threshold_direction: z.enum(['below', 'above']).nullable(),
  threshold_judged_on: z.enum(['value', 'change']).nullable(),
  threshold_source: z.enum(['commune', 'default']).nullable(),
  weather_corrected: z.boolean(),
  is_public: z.boolean(),
});

export type KpiRow = z.infer<typeof kpiRow>;

/** The catalogue's columns, in the contract's order. */
export const kpiColumns = Object.keys(kpiRow.shape) as (keyof KpiRow)[];

/** The judged indicators whose levels a commune may set (kinds of alert_thresholds, migration 0070). */
export const judgedIndicators = [
  'taux_epargne_brute',
  'capacite_desendettement',
  'epargne_nette',
  'taux_execution_investissement',
  'vacancy_rate',
  'fluids_cost',
] as const;
export type JudgedIndicator = (typeof judgedIndicators)[number];

export const thresholdsQuery = z.object({ commune: inseeCode });

export const indicatorParams = z.object({
  indicator: z.enum(judgedIndicators, {
    error: `indicateur inconnu : attendu ${judgedIndicators.join(', ')}`,
  }),
});

const level = z
  .number({ error: 'doit être un nombre' })
  .min(-1_000_000, 'doit être compris entre -1 000 000 et 1 000 000')
  .max(1_000_000, 'doit être compris entre -1 000 000 et 1 000 000');

/** PUT /kpis/thresholds/:indicator { commune, watch_value, alert_value }, in the indicator's unit. */
export const thresholdBody = z.object(
  { commune: inseeCode, watch_value: level, alert_value: level },
  { error: 'corps JSON attendu' },
);

/** One row of GET /kpis/thresholds: the levels in force for a judged indicator of the catalogue. */
export const kpiThresholdRow = z.object({
  indicator: z.enum(judgedIndicators),
  judged_on: z.enum(['value', 'change']),
  direction: z.enum(['below', 'above']),
  watch_value: z.number(),
  alert_value: z.number(),
  unit: z.string(),
  source: z.enum(['commune', 'default']),
  source_note: z.string(),
  updated_by: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type KpiThresholdRow = z.infer<typeof kpiThresholdRow>;
