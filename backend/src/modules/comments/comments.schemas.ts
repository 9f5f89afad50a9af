import { z } from 'zod';
import { inseeCode, isoDate } from '../../http/validate';

/** The target of a comment: a family, a kind of figure and its id. */
const target = z.string().regex(/^[a-z_-]+:[A-Za-z0-9_:.-]+$/, 'doit avoir la forme « fluids:building:LIL-PIS-001 »');
export const listQuery = z.object({
  commune: inseeCode,
  target: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const newComment = z
  .object({
    commune: inseeCode,
    target,
    period_start: isoDate,
    period_end: isoDate,
    body: z.string().trim().min(1).max(2000),
  })
  .refine((c) => c.period_end >= c.period_start, {
    message: 'ne doit pas précéder period_start',
    path: ['period_end'],
  });
export const idParams = z.object({ id: z.coerce.number().int().positive() });
