import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../http/app-deps';
import { assertCommune } from '../auth/access';
import { sendRows, type ExportColumn } from '../../http/send-table';
import { inseeCode, query } from '../../http/validate';
import * as repository from './audit.repository';

/** A day that exists: 2025-02-30 is refused here rather than by PostgreSQL. */
const day = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'doit être une date AAAA-MM-JJ');

const listQuery = z
  .object({
    commune: inseeCode.optional(),
    action: z
      .string()
      .max(100)
      .regex(
        /^[a-z_]+(\.[a-z_]+)*$/,
        'doit être un nom d’action ou son début, par exemple import ou alert.threshold',
      )
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

/** The CSV's columns, French headers for Excel; `at` is written in Paris time ("26/11/2026 14:05:00"). */
const csvColumns: ExportColumn[] = [
  { key: 'id', header: 'N°' },
  { key: 'at', header: 'Date (heure de Paris)' },
  { key: 'actor', header: 'Auteur' },
  { key: 'action', header: 'Action' },
  { key: 'commune_insee', header: 'Code INSEE' },
  { key: 'target', header: 'Objet' },
  { key: 'details', header: 'Détails' },
];

export function auditHandlers({ db }: AppDeps) {
  return {
    /**
     * GET /audit?commune=&action=&actor=&from=&to=&limit=&format=json|csv. An admin limited to a commune reads only
     * that commune's entries (never those without a commune); the others read everything unless they filter.
     */
    async list(req: Request, res: Response) {
      const { format, ...filter } = query(req, listQuery);
      const commune = filter.commune ?? req.user!.commune_insee ?? undefined;
      assertCommune(req, commune);
      const rows = await repository.listEntries(db.knex, { ...filter, commune });
      if (format === 'json') {
        res.json(rows);
        return;
      }
      await sendRows(
        res,
        rows.map((row) => ({ ...row, details: JSON.stringify(row.details) })),
        {
          format,
          fileName: `journal-des-actions${commune ? `-${commune}` : ''}`,
          columns: csvColumns,
        },
      );
    },
  };
}
