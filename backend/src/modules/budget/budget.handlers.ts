import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { params, query } from '../../http/validate';
import { sendRows } from './budget.export';
import * as repository from './budget.repository';
import * as schemas from './budget.schemas';
import * as service from './budget.service';
import { requireCommune } from '../communes/require-commune';

export function budgetHandlers({ db }: AppDeps) {
  const knex = db.knex;
  return {
    /** The public contract: GET /budget/ratios?commune=&year= -> the nine ratios of that year's executed accounts. */
    async ratios(req: Request, res: Response) {
      const { commune, year, budget } = query(req, schemas.ratiosQuery);
      res.json(await service.contractRatios(knex, commune, year, budget));
    },

    /** Every ratio with thresholds status and the previous year, for `years` years (the 6-year trends). */
    async health(req: Request, res: Response) {
      const q = query(req, schemas.healthQuery);
      const window = await service.healthWindow(knex, q.commune, q.year, q.years, q.budget);
      const rows = window ? await repository.health(knex, q.commune, window.from, window.to, q.budget) : [];
      await sendRows(res, rows, { format: q.format, fileName: `sante-financiere-${q.commune}` });
    },

    /** The commune's budgets: its budget principal and each budget annexe, with the years they cover. */
    async budgets(req: Request, res: Response) {
      const { commune } = query(req, schemas.communeQuery);
      await requireCommune(knex, commune);
      res.json(await repository.budgets(knex, commune));
    },

    async documents(req: Request, res: Response) {
      const { commune } = query(req, schemas.communeQuery);
      await requireCommune(knex, commune);
      res.json(await repository.documents(knex, commune));
    },

    async thresholds(_req: Request, res: Response) {
      res.json(await repository.thresholds(knex));
    },

    async execution(req: Request, res: Response) {
      const q = query(req, schemas.executionQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.execution(knex, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `execution-${q.commune}-${q.year}-${q.level}`,
      });
    },

    async lines(req: Request, res: Response) {
      const q = query(req, schemas.linesQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.lines(knex, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `lignes-budget-${q.commune}-${q.year}`,
      });
    },

    async comparison(req: Request, res: Response) {
      const q = query(req, schemas.comparisonQuery);
      const rows = await repository.comparison(knex, q.year, q.communes);
      await sendRows(res, rows, { format: q.format, fileName: `comparaison-communes-${q.year}` });
    },

    async structure(req: Request, res: Response) {
      const q = query(req, schemas.structureQuery);
      const rows = await repository.structure(knex, q);
      await sendRows(res, rows, { format: q.format, fileName: `structure-${q.axis}-${q.year}` });
    },

    async programmes(req: Request, res: Response) {
      const q = query(req, schemas.programmesQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.programmes(knex, q);
      await sendRows(res, rows, { format: q.format, fileName: `programmes-${q.commune}` });
    },

    async programmeYears(req: Request, res: Response) {
      const { id } = params(req, schemas.programmeParams);
      const q = query(req, schemas.programmeQuery);
      await service.requireProgramme(knex, q.commune, id);
      const rows = await repository.programmeYears(knex, q.commune, id);
      await sendRows(res, rows, { format: q.format, fileName: `programme-${id}` });
    },

    async investment(req: Request, res: Response) {
      const q = query(req, schemas.investmentQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.investmentPlaces(knex, q.commune, q.year, q.place);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `investissement-${q.place}-${q.commune}-${q.year}`,
      });
    },

    async operations(req: Request, res: Response) {
      const q = query(req, schemas.operationsQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.operations(knex, q.commune, q.year, q.quartier);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `operations-${q.commune}-${q.year}`,
      });
    },
  };
}
