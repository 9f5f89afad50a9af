import { z } from 'zod';
import { inseeCode, isoDate } from '../../http/validate';

/** csv and xlsx download the rows as a file (French Excel: `;`, decimal comma, UTF-8 with BOM). */
export const format = z.enum(['json', 'csv', 'xlsx']).default('json');
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'doit être un mois AAAA-MM');
export const levels = ['commune', 'quartier', 'street'] as const;
export const statuses = ['occupied', 'vacant', 'works', 'closed'] as const;
const street = z.string().trim().min(1).max(200);
/** A quartier id, a street name, or the commune's INSEE code, depending on the level. */
const areaKey = z.string().trim().min(1).max(200);

export const vacancyQuery = z.object({
  commune: inseeCode,
  date: isoDate.optional(),
  by: z.enum(['street', 'quartier', 'commune']).default('street'),
  format,
});

export const overviewQuery = z.object({ commune: inseeCode, date: isoDate.optional() });

export const monthlyQuery = z
  .object({
    commune: inseeCode,
    by: z.enum(levels).default('commune'),
    key: areaKey.optional(),
    from: month.optional(),
    to: month.optional(),
    format,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'ne doit pas précéder from',
    path: ['to'],
  });

export const streetsQuery = z.object({ commune: inseeCode, month: month.optional(), format });
export const streetHistoryQuery = z.object({ commune: inseeCode, street, format });

export const premisesQuery = z.object({
  commune: inseeCode,
  date: isoDate.optional(),
  street: street.optional(),
  status: z.enum(statuses).optional(),
  format,
});
export const premisesParams = z.object({ premises: z.string().trim().min(1).max(100) });
export const premisesHistoryQuery = z.object({ commune: inseeCode, format });

export const mixQuery = z.object({
  commune: inseeCode,
  date: isoDate.optional(),
  by: z.enum(levels).default('commune'),
  key: areaKey.optional(),
  format,
});

export const durationsQuery = z.object({
  commune: inseeCode,
  by: z.enum(levels).default('commune'),
  key: areaKey.optional(),
  format,
});
export const referencesQuery = z.object({ commune: inseeCode, format });
