import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { martOf } from '../../db/marts';
import { query } from '../../http/validate';
import { overviewQuery } from './overview.schemas';

/**
 * GET /overview?commune=: one row per year with the headline figure of each family (kpi_commune_year_overview, read
 * from its mart).
 */
export function overviewRoutes({ db }: AppDeps): Router {
  return Router().get('/overview', async (req: Request, res: Response) => {
    const { commune } = query(req, overviewQuery);
    const rows = await db
      .knex(martOf('kpi_commune_year_overview'))
      .select('*')
      .where({ commune_insee: commune })
      .orderBy('year');
    res.json(rows);
  });
}
