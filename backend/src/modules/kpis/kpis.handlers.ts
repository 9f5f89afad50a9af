import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { query } from '../../http/validate';
import { staff } from '../auth/roles';
import * as repository from './kpis.repository';
import { kpisQuery } from './kpis.schemas';

/** The KPI catalogue (issue 12): every headline figure with its period, comparison and judgment, read, never computed. */
export function kpisHandlers({ db }: AppDeps) {
  return {
    /** GET /kpis?commune=&year=[&family=]: the public indicators for everyone, every indicator for staff. */
    async list(req: Request, res: Response) {
      const q = query(req, kpisQuery);
      if (!(await repository.communeExists(db.knex, q.commune)))
        throw AppError.notFound(`Commune inconnue : aucun code INSEE ${q.commune}`);
      const publicOnly = !req.user || !staff.includes(req.user.role);
      res.json(await repository.list(db.knex, { ...q, publicOnly }));
    },
  };
}
