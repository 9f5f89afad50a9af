import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { query } from '../../http/validate';
import * as repository from './health.repository';
import { healthQuery } from './health.schemas';

export function healthHandlers({ db }: AppDeps) {
  return {
    async health(req: Request, res: Response) {
      const { commune } = query(req, healthQuery);
      const [version, freshness, demo] = await Promise.all([
        repository.serverVersion(db.knex),
        repository.freshness(db.knex, commune),
        repository.hasDemoData(db.knex),
      ]);
      res.json({
        status: 'ok',
        database: { mode: db.mode, server_version: version },
        demo,
        freshness: freshness.map((f) => ({
          commune_insee: f.commune_insee,
          source: f.source,
          last_import_at: f.last_import_at ? new Date(f.last_import_at).toISOString() : null,
          latest_data: f.latest_data,
        })),
      });
    },
  };
}
