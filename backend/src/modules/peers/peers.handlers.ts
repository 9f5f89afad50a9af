import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { query } from '../../http/validate';
import * as schemas from './peers.schemas';
import * as service from './peers.service';

export function peersHandlers({ db }: AppDeps) {
  const knex = db.knex;
  return {
    /** The public contract: GET /budget/peers?commune=&year=&group= -> the commune beside its peer group. */
    async peers(req: Request, res: Response) {
      const q = query(req, schemas.peersQuery);
      res.json(await service.peers(knex, q.commune, q.year, q.group));
    },

    /** The same rows for every year (the trends). */
    async history(req: Request, res: Response) {
      const q = query(req, schemas.historyQuery);
      res.json(await service.history(knex, q.commune, q.group, q.indicator));
    },

    /** The commune's own accounts beside the DGFiP's figures, with the reason of each gap. */
    async vsDgfip(req: Request, res: Response) {
      const q = query(req, schemas.vsDgfipQuery);
      res.json(await service.vsDgfip(knex, q.commune, q.year));
    },
  };
}
