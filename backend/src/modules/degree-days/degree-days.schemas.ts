import { z } from 'zod';
import { inseeCode } from '../../http/validate';

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'doit être un mois AAAA-MM, par exemple 2025-01');

/** GET /degree-days?commune=&from=&to= : from and to are optional months, inclusive. */
export const degreeDaysQuery = z
  .object({
    commune: inseeCode,
    from: month.optional(),
    to: month.optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'ne doit pas précéder from', path: ['to'] });

export type DegreeDaysQuery = z.infer<typeof degreeDaysQuery>;

/** One row of the contract: a month, its heating degree-days (base 18 °C) and the station they come from. */
export const degreeDayRow = z.object({
  month,
  dju: z.number().min(0),
  station: z.string().nullable(),
});

export type DegreeDayRow = z.infer<typeof degreeDayRow>;
