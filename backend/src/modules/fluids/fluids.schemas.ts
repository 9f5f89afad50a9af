import { z } from 'zod';
import { buildingTypes } from '../../db/building-types';
import { inseeCode, year } from '../../http/validate';

export { buildingTypes };

export const fluids = ['electricity', 'gas', 'heat', 'fuel_oil', 'water'] as const;
export const alertKinds = ['anomaly', 'leak', 'step', 'trajectory', 'rule', 'missing_readings'] as const;

export const fluid = z.enum(fluids);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'doit être un mois AAAA-MM');
export const buildingId = z.string().min(1).max(50);
/** csv and xlsx download the rows as a file (French Excel: `;`, decimal comma, UTF-8 with BOM). */
export const format = z.enum(['json', 'csv', 'xlsx']).default('json');

const range = { from: month.optional(), to: month.optional() };
const refineRange = <T extends { from?: string; to?: string }>(q: T) => !q.from || !q.to || q.from <= q.to;
const rangeMessage = { message: 'ne doit pas précéder from', path: ['to'] };

export const monthlyQuery = z
  .object({ building: buildingId, fluid, commune: inseeCode.optional(), ...range, format })
  .refine(refineRange, rangeMessage);
export const alertsQuery = z.object({
  commune: inseeCode,
  from: month.optional(),
  status: z.enum(['open', 'acknowledged', 'all']).default('all'),
  kind: z.enum(alertKinds).optional(),
  building: buildingId.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  format,
});
export const communeQuery = z.object({ commune: inseeCode, format });
export const communeMonthsQuery = z
  .object({ commune: inseeCode, fluid: fluid.optional(), ...range, format })
  .refine(refineRange, rangeMessage);
export const buildingsQuery = z.object({
  commune: inseeCode,
  year: year.optional(),
  type: z.enum(buildingTypes).optional(),
  format,
});
export const buildingParams = z.object({ building: buildingId });
export const buildingQuery = z.object({ commune: inseeCode.optional(), format });
export const buildingMonthsQuery = z
  .object({ commune: inseeCode.optional(), fluid: fluid.optional(), ...range, format })
  .refine(refineRange, rangeMessage);
export const yearQuery = z.object({ commune: inseeCode, year: year.optional(), format });
export const qualityQuery = z
  .object({
    commune: inseeCode,
    building: buildingId.optional(),
    ...range,
    format,
    limit: z.coerce.number().int().min(1).max(20000).default(2000),
  })
  .refine(refineRange, rangeMessage);

export const newRule = z
  .object({
    commune: inseeCode,
    building_id: buildingId.optional(),
    building_type: z.enum(buildingTypes).optional(),
    fluid: fluid.optional(),
    measure: z.enum(['quantity', 'amount_eur']).default('quantity'),
    threshold_kind: z.enum(['percent', 'absolute']),
    threshold_value: z.number().positive().max(1e9),
    label: z.string().trim().max(200).optional(),
  })
  .refine((r) => (r.building_id === undefined) !== (r.building_type === undefined), {
    message: 'Indiquez building_id ou building_type, mais pas les deux',
    path: ['building_id'],
  });
export const ruleParams = z.object({ id: z.coerce.number().int().positive() });
export const ruleListQuery = z.object({ commune: inseeCode });

export const alertKeyParams = z.object({ key: z.string().min(3).max(200) });
export const acknowledgement = z.object({
  commune: inseeCode,
  comment: z.string().trim().max(1000).optional(),
});
export const acknowledgementQuery = z.object({ commune: inseeCode });

export type MonthlyQuery = z.infer<typeof monthlyQuery>;
export type AlertsQuery = z.infer<typeof alertsQuery>;
export type NewRule = z.infer<typeof newRule>;
