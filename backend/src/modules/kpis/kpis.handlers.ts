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
    /**
     * GET /kpis?commune=&year=[&family=]: the public indicators for everyone (public figures stay public, whatever the
     * account), every indicator for staff of the commune (any commune for an account not limited to one).
     */
    async list(req: Request, res: Response) {
      const q = query(req, kpisQuery);
      if (!(await repository.communeExists(db.knex, q.commune)))
        throw AppError.notFound(`Commune inconnue : aucun code INSEE ${q.commune}`);
      const user = req.user;
      const internal = !!user && staff.includes(user.role) && (!user.commune_insee || user.commune_insee === q.commune);
      const publicOnly = !internal;
      res.json(await repository.list(db.knex, { ...q, publicOnly }));
    },
  };
}
