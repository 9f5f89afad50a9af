import { z } from 'zod';
import { inseeCode, isoDate } from '../../http/validate';
import { format } from '../commerce/commerce.schemas';

export { format };
export const kinds = ['pedestrian', 'bike', 'car', 'facility'] as const;
export const levels = ['site', 'zone', 'commune'] as const;

const siteId = z.string().trim().min(1).max(100);
const zone = z.string().trim().max(100);
/** A comma-separated list of site ids: ?sites=LIL-PED-03,LIL-PED-04 */
const siteList = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .refine(
    (ids) => ids.length > 0 && ids.length <= 200 && ids.every((id) => id.length <= 100),
    "doit être une liste d'identifiants de sites séparés par des virgules",
  );
const range = { from: isoDate.optional(), to: isoDate.optional() };
const rangeMessage = { message: 'ne doit pas précéder from', path: ['to'] };
const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const area = {
  level: z.enum(levels).default('commune'),
  kind: z.enum(kinds).default('pedestrian'),
  zone: zone.optional(),
  site: siteId.optional(),
};

export const sitesQuery = z
  .object({ commune: inseeCode, ...range, kind: z.enum(kinds).optional(), format })
  .refine(inOrder, rangeMessage);
export const dailyQuery = z.object({ commune: inseeCode, ...area, ...range, format }).refine(inOrder, rangeMessage);
export const periodsQuery = z
  .object({
    commune: inseeCode,
    period: z.enum(['week', 'month']).default('month'),
    ...area,
    ...range,
    format,
  })
  .refine(inOrder, rangeMessage);
export const profileQuery = z.object({
  commune: inseeCode,
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  ...area,
  format,
});
export const yearOnYearQuery = z
  .object({
    commune: inseeCode,
    ...range,
    level: z.enum(levels).optional(),
    kind: z.enum(kinds).optional(),
    format,
  })
  .refine(inOrder, rangeMessage);
export const interventionsQuery = z.object({ commune: inseeCode, format });

export const impactQuery = z
  .object({
    commune: inseeCode,
    intervention: z.string().trim().min(1).max(100).optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    sites: siteList.optional(),
    street: z.string().trim().min(1).max(200).optional(),
    zone: zone.min(1).optional(),
    controls: siteList.optional(),
    window: z.coerce.number().int().min(1).max(365).default(56),
    format,
  })
  .refine((q) => q.intervention || (q.start && q.end), {
    message: 'Indiquez une intervention, ou une période avec start et end',
    path: ['start'],
  })
  .refine((q) => q.intervention || q.sites || q.street || q.zone, {
    message: 'Indiquez une intervention, ou les sites, la rue ou la zone à analyser',
    path: ['sites'],
  })
  .refine((q) => !q.start || !q.end || q.start <= q.end, {
    message: 'ne doit pas précéder start',
    path: ['end'],
  });
