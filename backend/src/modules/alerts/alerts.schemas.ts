import { z } from 'zod';
import { inseeCode } from '../../http/validate';

/** The alert kinds of the alerts centre beside fluids (docs/alerts.md), and their family. */
export const alertKinds = ['programme_overrun', 'programme_slippage', 'vacancy_spike', 'footfall_drop'] as const;
export const alertFamilies = ['budget', 'commerce', 'flows'] as const;
export const alertStatuses = ['open', 'acknowledged', 'all'] as const;
export type AlertKind = (typeof alertKinds)[number];

const kindList = 'programme_overrun, programme_slippage, vacancy_spike ou footfall_drop';

const commune = inseeCode;
const key = z
  .string({ error: "clé d'alerte requise" })
  .min(3, "clé d'alerte trop courte")
  .max(300, "clé d'alerte trop longue (300 caractères au plus)");

export const listQuery = z.object({
  commune,
  family: z.enum(alertFamilies, { error: 'famille inconnue : attendu budget, commerce ou flows' }).optional(),
  status: z.enum(alertStatuses, { error: 'statut inconnu : attendu open, acknowledged ou all' }).default('open'),
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
    error: (issue) => `est inconnu (« ${String(issue.input)} ») : attendu ${kindList}`,
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
