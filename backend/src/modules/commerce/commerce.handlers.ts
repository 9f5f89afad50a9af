import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { params, query } from '../../http/validate';
import { sendTable } from './commerce.export';
import * as repository from './commerce.repository';
import * as schemas from './commerce.schemas';
import * as service from './commerce.service';
import { requireCommune } from '../communes/require-commune';

export function commerceHandlers({ db }: AppDeps) {
  const knex = db.knex;
  return {
    /**
     * The stable contract: GET /commerce/vacancy?commune=&date=&by=street|quartier -> one row per street (or quartier)
     * with premises (occupied + vacant), vacant, vacancy_rate (fraction) and vacant_over_1_year, among others.
     */
    async vacancy(req: Request, res: Response) {
      const q = query(req, schemas.vacancyQuery);
      await requireCommune(knex, q.commune);
      const date = q.date ?? service.today();
      const rows = await repository.vacancyAt(knex, q.commune, date, q.by);
      await sendTable(res, q.format, `vacance-${q.commune}-${q.by}-${date}`, [{ name: 'Vacance', rows }]);
    },

    async overview(req: Request, res: Response) {
      const q = query(req, schemas.overviewQuery);
      await requireCommune(knex, q.commune);
      res.json(await service.overview(knex, q.commune, q.date ?? service.today()));
    },

    async monthly(req: Request, res: Response) {
      const q = query(req, schemas.monthlyQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.monthly(knex, q.commune, q);
      await sendTable(res, q.format, `vacance-mensuelle-${q.commune}-${q.by}`, [{ name: 'Vacance mensuelle', rows }]);
    },

    async streets(req: Request, res: Response) {
      const q = query(req, schemas.streetsQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.streets(knex, q.commune, q.month);
      await sendTable(res, q.format, `rues-${q.commune}${q.month ? `-${q.month}` : ''}`, [{ name: 'Rues', rows }]);
    },

    async streetHistory(req: Request, res: Response) {
      const q = query(req, schemas.streetHistoryQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.streetHistory(knex, q.commune, q.street);
      if (rows.length === 0)
        throw AppError.notFound(`Aucun local commercial sur « ${q.street} » dans la commune ${q.commune}`);
      await sendTable(res, q.format, `rue-${q.commune}-${q.street}`, [{ name: 'Rue', rows }]);
    },

    async streetTimeline(req: Request, res: Response) {
      const q = query(req, schemas.streetHistoryQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.streetTimeline(knex, q.commune, q.street);
      if (rows.length === 0)
        throw AppError.notFound(`Aucun local commercial sur « ${q.street} » dans la commune ${q.commune}`);
      await sendTable(res, q.format, `rue-${q.commune}-${q.street}-historique`, [{ name: 'Historique', rows }]);
    },

    async premises(req: Request, res: Response) {
      const q = query(req, schemas.premisesQuery);
      await requireCommune(knex, q.commune);
      const date = q.date ?? service.today();
      const rows = await repository.premisesAt(knex, q.commune, date, q);
      await sendTable(res, q.format, `locaux-${q.commune}-${date}`, [{ name: 'Locaux', rows }]);
    },

    async premisesHistory(req: Request, res: Response) {
      const { premises } = params(req, schemas.premisesParams);
      const q = query(req, schemas.premisesHistoryQuery);
      const found = await repository.findPremises(knex, q.commune, premises);
      if (!found) throw AppError.notFound(`Aucun local ${premises} dans la commune ${q.commune}`);
      const periods = await repository.premisesPeriods(knex, q.commune, premises);
      await sendTable(res, q.format, `local-${premises}`, [{ name: 'Historique', rows: periods }], {
        ...found,
        periods,
      });
    },

    async activityMix(req: Request, res: Response) {
      const q = query(req, schemas.mixQuery);
      await requireCommune(knex, q.commune);
      const date = q.date ?? service.today();
      const rows = await repository.activityMix(knex, q.commune, date, q);
      await sendTable(res, q.format, `activites-${q.commune}-${date}`, [{ name: 'Activités', rows }]);
    },

    async durations(req: Request, res: Response) {
      const q = query(req, schemas.durationsQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.durations(knex, q.commune, q);
      await sendTable(res, q.format, `durees-vacance-${q.commune}`, [{ name: 'Durées de vacance', rows }]);
    },

    async references(req: Request, res: Response) {
      const q = query(req, schemas.referencesQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.references(knex, q.commune);
      await sendTable(res, q.format, `vacance-references-${q.commune}`, [{ name: 'Références', rows }]);
    },
  };
}
