import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { params, query } from '../../http/validate';
import * as repository from './communes.repository';
import { communeParams, summaryQuery } from './communes.schemas';
import { requireCommune } from './require-commune';

export function communesHandlers({ db }: AppDeps) {
  return {
    async list(_req: Request, res: Response) {
      res.json(await repository.listCommunes(db.knex));
    },

    async show(req: Request, res: Response) {
      const { insee } = params(req, communeParams);
      const commune = await repository.findCommune(db.knex, insee);
      if (!commune) throw AppError.notFound(`Aucune commune avec le code INSEE ${insee}`);
      res.json(commune);
    },

    /** The commune's quartiers as a GeoJSON FeatureCollection (WGS84), ready for Leaflet. */
    async quartiers(req: Request, res: Response) {
      const { insee } = params(req, communeParams);
      await requireCommune(db.knex, insee);
      const rows = await repository.listQuartiers(db.knex, insee);
      res.json({
        type: 'FeatureCollection',
        features: rows.map(({ geometry, ...properties }) => ({
          type: 'Feature',
          id: properties.id,
          properties,
          geometry,
        })),
      });
    },

    async quartierSummary(req: Request, res: Response) {
      const { commune, year: y } = query(req, summaryQuery);
      res.json(await repository.quartierSummary(db.knex, commune, y));
    },
  };
}
