import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { parse } from '../../http/validate';
import { assertCommune } from '../auth/access';
import * as repository from './kpis-thresholds.repository';
import * as schemas from './kpis.schemas';

const actor = (req: Request) => req.user?.email ?? 'anonymous';

/**
 * The levels that judge the KPI catalogue's figures, per commune (docs/adr/0012-kpi-catalogue.md): read by staff,
 * set and reset by agents and admins, every change audited ('kpi.threshold', values before and after).
 */
export function kpiThresholdsHandlers({ db }: AppDeps) {
  const knex = db.knex;

  async function requireCommune(commune: string) {
    if (!(await knex('communes').where({ insee_code: commune }).first('insee_code')))
      throw AppError.notFound(`Commune inconnue : aucun code INSEE ${commune}`);
  }

  async function change(
    req: Request,
    res: Response,
    commune: string,
    indicator: schemas.JudgedIndicator,
    write: (trx: Knex.Transaction) => Promise<void>,
  ) {
    assertCommune(req, commune);
    await requireCommune(commune);
    const saved = await knex.transaction(async (trx) => {
      const before = await repository.threshold(trx, commune, indicator);
      await write(trx);
      const after = await repository.threshold(trx, commune, indicator);
      await audit(trx, {
        actor: actor(req),
        action: 'kpi.threshold',
        commune,
        target: indicator,
        details: {
          indicator,
          old_watch_value: before?.watch_value ?? null,
          old_alert_value: before?.alert_value ?? null,
          old_source: before?.source ?? null,
          new_watch_value: after?.watch_value ?? null,
          new_alert_value: after?.alert_value ?? null,
          new_source: after?.source ?? null,
        },
      });
      return after;
    });
    res.json(saved);
  }

  return {
    /** GET /kpis/thresholds?commune= */
    async list(req: Request, res: Response) {
      const { commune } = parse(schemas.thresholdsQuery, req.query, 'query');
      await requireCommune(commune);
      res.json(await repository.thresholds(knex, commune));
    },

    /** PUT /kpis/thresholds/:indicator { commune, watch_value, alert_value } -> the levels in force. */
    async save(req: Request, res: Response) {
      const { indicator } = parse(schemas.indicatorParams, req.params, 'params');
      const body = parse(schemas.thresholdBody, req.body, 'body');
      const current = await repository.threshold(knex, body.commune, indicator);
      // the alert level lies beyond the watch level, on the side of the danger
      if (current) {
        const ordered =
          current.direction === 'below' ? body.alert_value <= body.watch_value : body.alert_value >= body.watch_value;
        if (!ordered)
          throw AppError.badRequest(
            current.direction === 'below'
              ? 'alert_value doit être inférieur ou égal à watch_value (le danger est en dessous)'
              : 'alert_value doit être supérieur ou égal à watch_value (le danger est au-dessus)',
          );
      }
      await change(req, res, body.commune, indicator, (trx) =>
        repository.save(trx, body.commune, indicator, body, actor(req)),
      );
    },

    /** DELETE /kpis/thresholds/:indicator?commune= -> the default levels, in force again. */
    async reset(req: Request, res: Response) {
      const { indicator } = parse(schemas.indicatorParams, req.params, 'params');
      const { commune } = parse(schemas.thresholdsQuery, req.query, 'query');
      await change(req, res, commune, indicator, (trx) => repository.reset(trx, commune, indicator));
    },
  };
}
