import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { assertCommune, assertVisible, scopedCommune } from '../auth/access';
import { AppError } from '../../http/app-error';
import { sendRows, type ExportColumn } from '../../http/send-table';
import { body, params, query } from '../../http/validate';
import { audit } from '../../audit/audit';
import * as repository from './fluids.repository';
import * as schemas from './fluids.schemas';
import * as service from './fluids.service';
import { requireCommune } from '../communes/require-commune';

/** OPERAT's yearly declaration speaks French: one line per building (EFA) and year, one column per energy. */
const operatColumns: ExportColumn[] = [
  { key: 'siren', header: 'SIREN de la structure' },
  { key: 'building_id', header: 'Identifiant interne EFA' },
  { key: 'name', header: "Nom de l'EFA" },
  { key: 'address', header: 'Adresse' },
  { key: 'heated_area_m2', header: 'Surface de plancher (m²)' },
  { key: 'year', header: 'Année de consommation' },
  { key: 'electricity_kwh', header: 'Électricité (kWh)' },
  { key: 'gas_kwh', header: 'Gaz naturel (kWh PCS)' },
  { key: 'district_heat_kwh', header: 'Réseau de chaleur (kWh)' },
  { key: 'fuel_oil_kwh', header: 'Fioul domestique (kWh)' },
  { key: 'total_kwh', header: 'Total énergie finale (kWh)' },
];

const actor = (req: Request) => req.user?.email ?? 'anonymous';

export function fluidsHandlers({ db }: AppDeps) {
  const knex = db.knex;
  return {
    /** The public contract: GET /fluids/monthly?building=&fluid= -> [{ month, quantity, unit, amount_eur, ... }]. */
    async monthly(req: Request, res: Response) {
      const q = query(req, schemas.monthlyQuery);
      const building = await service.resolveBuilding(knex, q.building, scopedCommune(req, q.commune));
      assertCommune(req, building.commune_insee);
      const rows = await repository.meterMonths(knex, building.commune_insee, building.building_id, q.fluid, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `fluides-${building.building_id}-${q.fluid}-mensuel`,
      });
    },

    /** The public contract: GET /fluids/alerts?commune= -> alert episodes, most costly first. */
    async alerts(req: Request, res: Response) {
      const q = query(req, schemas.alertsQuery);
      await requireCommune(knex, q.commune);
      const from = await service.alertsFrom(knex, q.commune, q.from);
      const rows = await repository.alerts(knex, { ...q, from });
      await sendRows(res, rows, { format: q.format, fileName: `alertes-fluides-${q.commune}` });
    },

    async acknowledge(req: Request, res: Response) {
      const { key } = params(req, schemas.alertKeyParams);
      const { commune, comment } = body(req, schemas.acknowledgement);
      assertCommune(req, commune);
      const alert = await repository.findAlert(knex, commune, key);
      if (!alert) throw AppError.notFound(`Aucune alerte ${key} dans la commune ${commune}`);
      const saved = await knex.transaction(async (trx) => {
        const row = await repository.acknowledge(
          trx,
          {
            commune_insee: commune,
            alert_key: key,
            building_id: alert.building_id,
            fluid: alert.fluid,
            kind: alert.kind,
          },
          actor(req),
          comment ?? null,
        );
        await audit(trx, {
          actor: actor(req),
          action: 'fluids.alert.acknowledge',
          commune,
          target: key,
          details: { comment: comment ?? null },
        });
        return row;
      });
      res.json({ ...alert, acknowledged: true, ...saved });
    },

    async unacknowledge(req: Request, res: Response) {
      const { key } = params(req, schemas.alertKeyParams);
      const { commune } = query(req, schemas.acknowledgementQuery);
      assertCommune(req, commune);
      const removed = await knex.transaction(async (trx) => {
        const count = await repository.unacknowledge(trx, commune, key);
        if (count > 0)
          await audit(trx, {
            actor: actor(req),
            action: 'fluids.alert.unacknowledge',
            commune,
            target: key,
          });
        return count;
      });
      if (removed === 0)
        throw AppError.notFound(`L'alerte ${key} n'est pas prise en charge dans la commune ${commune}`);
      res.status(204).end();
    },

    async communeYears(req: Request, res: Response) {
      const q = query(req, schemas.communeQuery);
      await requireCommune(knex, q.commune);
      await sendRows(res, await repository.communeYears(knex, q.commune), {
        format: q.format,
        fileName: `fluides-${q.commune}-annuel`,
      });
    },

    /** Public: consumption and bill of the buildings of each type, per fluid group and year (kpi_fluids_type_year). */
    async buildingTypes(req: Request, res: Response) {
      const q = query(req, schemas.yearQuery);
      await requireCommune(knex, q.commune);
      await sendRows(res, await repository.typeYears(knex, q.commune, q.year), {
        format: q.format,
        fileName: `fluides-${q.commune}-types-de-batiments`,
      });
    },

    /** Public: the décret tertiaire trajectory of the commune's buildings together (kpi_fluids_commune_trajectory). */
    async communeTrajectory(req: Request, res: Response) {
      const q = query(req, schemas.communeQuery);
      await requireCommune(knex, q.commune);
      await sendRows(res, await repository.communeTrajectory(knex, q.commune), {
        format: q.format,
        fileName: `decret-tertiaire-${q.commune}-commune`,
      });
    },

    async communeMonths(req: Request, res: Response) {
      const q = query(req, schemas.communeMonthsQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.communeMonths(knex, q.commune, q.fluid, q);
      await sendRows(res, rows, { format: q.format, fileName: `fluides-${q.commune}-mensuel` });
    },

    async buildings(req: Request, res: Response) {
      const q = query(req, schemas.buildingsQuery);
      await requireCommune(knex, q.commune);
      const year = await service.yearOrLatest(knex, q.commune, q.year);
      const from = await service.alertsFrom(knex, q.commune);
      const rows =
        year === undefined ? [] : await repository.buildingsOfYear(knex, q.commune, year, q.type, `${from}-01`);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `batiments-fluides-${q.commune}-${year ?? ''}`,
      });
    },

    async building(req: Request, res: Response) {
      const { building: id } = params(req, schemas.buildingParams);
      const q = query(req, schemas.buildingQuery);
      const building = await service.resolveBuilding(knex, id, scopedCommune(req, q.commune));
      assertCommune(req, building.commune_insee);
      const [balances, years] = await Promise.all([
        repository.buildingBalances(knex, building.commune_insee, building.building_id),
        repository.buildingYears(knex, building.commune_insee, building.building_id),
      ]);
      res.json({ building, balances, years });
    },

    async buildingMonths(req: Request, res: Response) {
      const { building: id } = params(req, schemas.buildingParams);
      const q = query(req, schemas.buildingMonthsQuery);
      const building = await service.resolveBuilding(knex, id, scopedCommune(req, q.commune));
      assertCommune(req, building.commune_insee);
      const rows = await repository.buildingMonths(knex, building.commune_insee, building.building_id, q.fluid, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `fluides-${building.building_id}-mensuel`,
      });
    },

    async buildingTrajectory(req: Request, res: Response) {
      const { building: id } = params(req, schemas.buildingParams);
      const q = query(req, schemas.buildingQuery);
      const building = await service.resolveBuilding(knex, id, scopedCommune(req, q.commune));
      assertCommune(req, building.commune_insee);
      const rows = await repository.trajectory(knex, building.commune_insee, {
        building: building.building_id,
      });
      await sendRows(res, rows, {
        format: q.format,
        fileName: `trajectoire-${building.building_id}`,
      });
    },

    async trajectory(req: Request, res: Response) {
      const q = query(req, schemas.yearQuery);
      await requireCommune(knex, q.commune);
      const year = await service.yearOrLatest(knex, q.commune, q.year);
      const rows = year === undefined ? [] : await repository.trajectory(knex, q.commune, { year });
      await sendRows(res, rows, {
        format: q.format,
        fileName: `decret-tertiaire-${q.commune}-${year ?? ''}`,
      });
    },

    async quality(req: Request, res: Response) {
      const q = query(req, schemas.qualityQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.quality(knex, q.commune, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `qualite-donnees-fluides-${q.commune}`,
      });
    },

    async operat(req: Request, res: Response) {
      const q = query(req, schemas.yearQuery);
      await requireCommune(knex, q.commune);
      const year = await service.yearOrLatest(knex, q.commune, q.year);
      const rows = year === undefined ? [] : await repository.operat(knex, q.commune, year);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `operat-consommations-${q.commune}-${year ?? ''}`,
        columns: q.format === 'json' ? undefined : operatColumns,
        sheet: 'Consommations',
      });
    },

    async costPerEntry(req: Request, res: Response) {
      const q = query(req, schemas.yearQuery);
      await requireCommune(knex, q.commune);
      const rows = await repository.costPerEntry(knex, q.commune, q.year);
      await sendRows(res, rows, { format: q.format, fileName: `cout-par-entree-${q.commune}` });
    },

    async rules(req: Request, res: Response) {
      const { commune } = query(req, schemas.ruleListQuery);
      await requireCommune(knex, commune);
      res.json(await repository.listRules(knex, commune));
    },

    async createRule(req: Request, res: Response) {
      const rule = body(req, schemas.newRule);
      assertCommune(req, rule.commune);
      await requireCommune(knex, rule.commune);
      if (rule.building_id) await service.resolveBuilding(knex, rule.building_id, rule.commune);
      const created = await knex.transaction(async (trx) => {
        const row = await repository.createRule(trx, rule, actor(req));
        await audit(trx, {
          actor: actor(req),
          action: 'fluids.rule.create',
          commune: rule.commune,
          target: `fluid_alert_rules:${row.id}`,
          details: row,
        });
        return row;
      });
      res.status(201).json(created);
    },

    async deleteRule(req: Request, res: Response) {
      const { id } = params(req, schemas.ruleParams);
      const notFound = () => AppError.notFound(`Aucune règle d'alerte n° ${id}`);
      const rule = await repository.findRule(knex, id);
      if (!rule) throw notFound();
      assertVisible(req, rule.commune_insee, notFound);
      await knex.transaction(async (trx) => {
        await repository.deleteRule(trx, id);
        await audit(trx, {
          actor: actor(req),
          action: 'fluids.rule.delete',
          commune: rule.commune_insee,
          target: `fluid_alert_rules:${id}`,
          details: rule,
        });
      });
      res.status(204).end();
    },
  };
}
