import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { assertCommune, assertVisible } from '../auth/access';
import { body, inseeCode, isoDate, params, query } from '../../http/validate';
import { audit } from '../../audit/audit';
import * as repository from './comments.repository';

const target = z.string().regex(/^[a-z_-]+:[A-Za-z0-9_:.-]+$/, 'doit avoir la forme « fluids:building:LIL-PIS-001 »');
const listQuery = z.object({ commune: inseeCode, target: z.string().max(200).optional(), from: isoDate.optional(), to: isoDate.optional() });
const newComment = z.object({
  commune: inseeCode, target, period_start: isoDate, period_end: isoDate, body: z.string().trim().min(1).max(2000),
}).refine((c) => c.period_end >= c.period_start, { message: 'ne doit pas précéder period_start', path: ['period_end'] });
const idParams = z.object({ id: z.coerce.number().int().positive() });

export function commentsHandlers({ db }: AppDeps) {
  return {
    async list(req: Request, res: Response) {
      const filter = query(req, listQuery);
      res.json(await repository.listComments(db.knex, filter));
    },

    async add(req: Request, res: Response) {
      const c = body(req, newComment);
      assertCommune(req, c.commune);
      const created = await repository.addComment(db.knex, {
        commune_insee: c.commune, target: c.target, period_start: c.period_start, period_end: c.period_end, body: c.body, author: req.user!.email,
      });
      res.status(201).json(created);
    },

    async remove(req: Request, res: Response) {
      const { id } = params(req, idParams);
      const notFound = () => AppError.notFound(`Aucun commentaire n° ${id}`);
      const found = await repository.findComment(db.knex, id);
      if (!found) throw notFound();
      assertVisible(req, found.commune_insee, notFound);
      if (found.author !== req.user!.email && req.user!.role !== 'admin') throw new AppError(403, 'forbidden', 'Accès refusé : seuls son auteur et un administrateur peuvent supprimer ce commentaire');
      await repository.deleteComment(db.knex, id);
      await audit(db.knex, { actor: req.user!.email, action: 'comment.delete', commune: found.commune_insee, target: found.target, details: { id } });
      res.status(204).end();
    },
  };
}
