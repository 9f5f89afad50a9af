import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { assertCommune } from '../auth/access';
import { sendRows, type ExportColumn } from '../../http/send-table';
import { query } from '../../http/validate';
import * as repository from './audit.repository';
import { listQuery } from './audit.schemas';

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
