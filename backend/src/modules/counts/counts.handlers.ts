import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { query } from '../../http/validate';
import { sendTable } from '../commerce/commerce.export';
import { requireCommune } from '../communes/require-commune';
import * as repository from './counts.repository';
import * as schemas from './counts.schemas';
import * as service from './counts.service';

export function countsHandlers({ db }: AppDeps) {
  const knex = db.knex;
  /** The period asked for, or the 365 days up to the latest counts; 404 for a commune without any count. */
  const period = async (commune: string, from?: string, to?: string) => {
    await requireCommune(knex, commune);
    const found = await service.defaultPeriod(knex, commune, from, to);
    if (!found)
      throw AppError.notFound(
        `La commune ${commune} n'a pas encore de comptages : importez-les (types counting-sites, puis counts)`,
      );
    return found;
  };

  return {
    /** Every counting site with its volumes and completeness over the period: the map of sites and its table. */
    async sites(req: Request, res: Response) {
      const q = query(req, schemas.sitesQuery);
      const { from, to } = await period(q.commune, q.from, q.to);
      const rows = await repository.sites(knex, q.commune, from, to, q.kind);
      await sendTable(res, q.format, `sites-comptage-${q.commune}-${from}-${to}`, [{ name: 'Sites', rows }]);
    },

    async daily(req: Request, res: Response) {
      const q = query(req, schemas.dailyQuery);
      const { from, to } = await period(q.commune, q.from, q.to);
      const rows = await repository.daily(knex, q.commune, q, from, to);
      await sendTable(res, q.format, `comptages-journaliers-${q.commune}-${from}-${to}`, [{ name: 'Jours', rows }]);
    },

    async periods(req: Request, res: Response) {
      const q = query(req, schemas.periodsQuery);
      const { from, to } = await period(q.commune, q.from, q.to);
      const rows = await repository.periods(knex, q.commune, q.period, q, from, to);
      await sendTable(res, q.format, `comptages-${q.period === 'week' ? 'hebdomadaires' : 'mensuels'}-${q.commune}`, [
        { name: 'Périodes', rows },
      ]);
    },

    async profile(req: Request, res: Response) {
      const q = query(req, schemas.profileQuery);
      await requireCommune(knex, q.commune);
      const year = q.year ?? (await repository.latestProfileYear(knex, q.commune));
      if (year === null) throw AppError.notFound(`La commune ${q.commune} n'a pas encore de comptages`);
      const rows = await repository.profile(knex, q.commune, year, q);
      await sendTable(res, q.format, `profil-horaire-${q.commune}-${year}`, [{ name: 'Profil', rows }]);
    },

    async yearOnYear(req: Request, res: Response) {
      const q = query(req, schemas.yearOnYearQuery);
      const { from, to } = await period(q.commune, q.from, q.to);
      const rows = await repository.yearOnYear(knex, q.commune, from, to, q);
      await sendTable(res, q.format, `comptages-sur-un-an-${q.commune}-${from}-${to}`, [{ name: 'Sur un an', rows }], {
        commune_insee: q.commune,
        from,
        to,
        rows,
      });
    },

    async interventions(req: Request, res: Response) {
      const q = query(req, schemas.interventionsQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.interventions(knex, q.commune);
      await sendTable(res, q.format, `interventions-${q.commune}`, [{ name: 'Interventions', rows }]);
    },

    /** Before / during / after, zone against controls: GET /counts/impact?commune=&intervention= (or start, end, sites...). */
    async impact(req: Request, res: Response) {
      const q = query(req, schemas.impactQuery);
      await requireCommune(knex, q.commune);
      const result = await service.impact(knex, q.commune, q);
      await sendTable(
        res,
        q.format,
        `impact-${q.commune}-${result.start}-${result.end}`,
        [
          { name: 'Synthèse', rows: result.summary },
          { name: 'Jours', rows: result.daily },
          { name: 'Sites', rows: result.sites },
        ],
        result,
      );
    },
  };
}
