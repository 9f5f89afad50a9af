import { z } from 'zod';
import { AppError } from '../../http/app-error';

/** The alert kinds of the alerts centre beside fluids (docs/alerts.md), and their family. */
export const alertKinds = [
  'programme_overrun',
  'programme_slippage',
  'vacancy_spike',
  'footfall_drop',
] as const;
export const alertFamilies = ['budget', 'commerce', 'flows'] as const;
export const alertStatuses = ['open', 'acknowledged', 'all'] as const;
export type AlertKind = (typeof alertKinds)[number];

const kindList = 'programme_overrun, programme_slippage, vacancy_spike ou footfall_drop';

const commune = z
  .string({ error: 'code INSEE de la commune requis (par exemple 59350)' })
  .regex(/^[0-9][0-9AB][0-9]{3}$/, 'doit être un code INSEE de commune, par exemple 59350');
const key = z
  .string({ error: "clé d'alerte requise" })
  .min(3, "clé d'alerte trop courte")
  .max(300, "clé d'alerte trop longue (300 caractères au plus)");

export const listQuery = z.object({
  commune,
  family: z
    .enum(alertFamilies, { error: 'famille inconnue : attendu budget, commerce ou flows' })
    .optional(),
  status: z
    .enum(alertStatuses, { error: 'statut inconnu : attendu open, acknowledged ou all' })
    .default('open'),
  limit: z.coerce
    .number({ error: 'doit être un nombre' })
    .int('doit être un entier')
    .min(1, 'doit être entre 1 et 500')
    .max(500, 'doit être entre 1 et 500')
    .default(200),
});

export const keyParams = z.object({ key });
export const communeQuery = z.object({ commune });
const jsonBody = { error: 'corps JSON attendu' };

export const acknowledgement = z.object(
  {
    commune,
    comment: z
      .string({ error: 'doit être un texte' })
      .trim()
      .max(1000, 'commentaire trop long (1 000 caractères au plus)')
      .optional(),
  },
  jsonBody,
);

export const kindParams = z.object({
  kind: z.enum(alertKinds, {
    error: (issue) => `type d'alerte inconnu « ${String(issue.input)} » : attendu ${kindList}`,
  }),
});
export const thresholdBody = z.object(
  {
    commune,
    threshold_value: z
      .number({ error: 'doit être un nombre' })
      .min(0, 'doit être compris entre 0 et 1 000')
      .max(1000, 'doit être compris entre 0 et 1 000'),
  },
  jsonBody,
);

export type ListQuery = z.infer<typeof listQuery>;

const where = { query: 'paramètres', params: 'adresse', body: 'corps de la requête' } as const;

/**
 * Parses a request part; every problem is reported at once, as a 400 in French ("Requête invalide (paramètres) :
 * limit : doit être entre 1 et 500"), with the field of each in `details`.
 */
export function valid<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: keyof typeof where,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    in: part,
    field: issue.path.join('.'),
    message: issue.message,
  }));
  const list = details.map((d) => (d.field ? `${d.field} : ${d.message}` : d.message)).join(' ; ');
  throw AppError.badRequest(`Requête invalide (${where[part]}) : ${list}`, details);
}
