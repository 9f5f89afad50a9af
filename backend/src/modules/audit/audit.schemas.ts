import { z } from 'zod';
import { inseeCode } from '../../http/validate';

/** A day that exists: 2025-02-30 is refused here rather than by PostgreSQL. */
export const day = z
  .string()
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'doit être une date AAAA-MM-JJ')
  .meta({ format: 'date', example: '2025-06-30' });

export const listQuery = z
  .object({
    commune: inseeCode.optional(),
    action: z
      .string()
      .max(100)
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'doit être un nom d’action ou son début, par exemple import ou alert.threshold')
      .optional(),
    actor: z.string().trim().min(1).max(320).optional(),
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'ne doit pas précéder from',
    path: ['to'],
  });
