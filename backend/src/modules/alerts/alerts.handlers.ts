import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import type { AppDeps } from '../../http/app-deps';
import { assertCommune } from '../auth/access';
import { AppError } from '../../http/app-error';
import { parse } from '../../http/validate';
import { audit } from '../../audit/audit';
import * as repository from './alerts.repository';
import * as schemas from './alerts.schemas';
import { requireCommune } from '../communes/require-commune';

const actor = (req: Request) => req.user?.email ?? 'anonymous';

/**
 * The alerts centre's budget, commerce and flows alerts (issue 7): a list read from analytics.kpi_alerts,
 * acknowledgements and the commune's thresholds, every change audited. See docs/alerts.md.
 */
export function alertsHandlers({ db }: AppDeps) {
  const knex = db.knex;
  return {
    /** GET /alerts?commune=&family=&status=open|acknowledged|all&limit= */
    async list(req: Request, res: Response) {
      const q = parse(schemas.listQuery, req.query, 'query');
      await requireCommune(knex, q.commune);
      res.json(await repository.list(knex, q));
    },

    /** PUT /alerts/:key/acknowledgement { commune, comment? } -> the alert, acknowledged. */
    async acknowledge(req: Request, res: Response) {
      const { key } = parse(schemas.keyParams, req.params, 'params');
      const { commune, comment } = parse(schemas.acknowledgement, req.body, 'body');
      assertCommune(req, commune);
      const alert = await repository.find(knex, commune, key);
      if (!alert) throw AppError.notFound(`Aucune alerte en cours « ${key} » pour la commune ${commune}`);
      const saved = await knex.transaction(async (trx) => {
        await repository.acknowledge(trx, alert, actor(req), comment || null);
        await audit(trx, {
          actor: actor(req),
          action: 'alert.acknowledge',
          commune,
          target: key,
          details: {
            family: alert.family,
            kind: alert.kind,
            value: alert.value,
            threshold_value: alert.threshold_value,
            comment: comment || null,
          },
        });
        return repository.find(trx, commune, key);
      });
      res.json(saved);
    },

    /** DELETE /alerts/:key/acknowledgement?commune= -> 204; the alert is open again. */
    async unacknowledge(req: Request, res: Response) {
      const { key } = parse(schemas.keyParams, req.params, 'params');
      const { commune } = parse(schemas.communeQuery, req.query, 'query');
      assertCommune(req, commune);
      const removed = await knex.transaction(async (trx) => {
        const row = await repository.unacknowledge(trx, commune, key);
        if (row)
          await audit(trx, {
            actor: actor(req),
            action: 'alert.unacknowledge',
            commune,
            target: key,
            details: row,
          });
        return row;
      });
      if (!removed) throw AppError.notFound(`L'alerte « ${key} » n'est pas acquittée dans la commune ${commune}`);
      res.status(204).end();
    },

    /** GET /alerts/thresholds?commune= -> the four kinds, default or set by an agent. */
    async thresholds(req: Request, res: Response) {
      const { commune } = parse(schemas.communeQuery, req.query, 'query');
      await requireCommune(knex, commune);
      res.json(await repository.thresholds(knex, commune));
    },

    /** PUT /alerts/thresholds/:kind { commune, threshold_value } -> the threshold in force. */
    async saveThreshold(req: Request, res: Response) {
      const { kind } = parse(schemas.kindParams, req.params, 'params');
      const { commune, threshold_value } = parse(schemas.thresholdBody, req.body, 'body');
      await changeThreshold(req, res, commune, kind, (trx) =>
        repository.saveThreshold(trx, commune, kind, threshold_value, actor(req)),
      );
    },

    /** DELETE /alerts/thresholds/:kind?commune= -> the default threshold, in force again. */
    async resetThreshold(req: Request, res: Response) {
      const { kind } = parse(schemas.kindParams, req.params, 'params');
      const { commune } = parse(schemas.communeQuery, req.query, 'query');
      await changeThreshold(req, res, commune, kind, (trx) => repository.resetThreshold(trx, commune, kind));
    },
  };

  /** One threshold change, audited with the values before and after, in one transaction. */
  async function changeThreshold(
    req: Request,
    res: Response,
    commune: string,
    kind: schemas.AlertKind,
    change: (trx: Knex.Transaction) => Promise<void>,
  ) {
    assertCommune(req, commune);
    await requireCommune(knex, commune);
    const saved = await knex.transaction(async (trx) => {
      const before = await repository.threshold(trx, commune, kind);
      await change(trx);
      const after = await repository.threshold(trx, commune, kind);
      await audit(trx, {
        actor: actor(req),
        action: 'alert.threshold',
        commune,
        target: kind,
        details: {
          kind,
          old_value: before?.threshold_value ?? null,
          old_was_default: before?.is_default ?? null,
          new_value: after?.threshold_value ?? null,
          default_value: after?.default_value ?? null,
        },
      });
      return after;
    });
    const { is_default: _isDefault, ...row } = saved!;
    res.json(row);
  }
}
