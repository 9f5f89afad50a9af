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
