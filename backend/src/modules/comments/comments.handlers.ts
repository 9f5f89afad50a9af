import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { assertCommune, assertVisible } from '../auth/access';
import { body, params, query } from '../../http/validate';
import { audit } from '../../audit/audit';
import * as repository from './comments.repository';
import { idParams, listQuery, newComment } from './comments.schemas';

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
        commune_insee: c.commune,
        target: c.target,
        period_start: c.period_start,
        period_end: c.period_end,
        body: c.body,
        author: req.user!.email,
      });
      res.status(201).json(created);
    },

    async remove(req: Request, res: Response) {
      const { id } = params(req, idParams);
      const notFound = () => AppError.notFound(`Aucun commentaire n° ${id}`);
      const found = await repository.findComment(db.knex, id);
      if (!found) throw notFound();
      assertVisible(req, found.commune_insee, notFound);
      if (found.author !== req.user!.email && req.user!.role !== 'admin')
        throw new AppError(
          403,
          'forbidden',
          'Accès refusé : seuls son auteur et un administrateur peuvent supprimer ce commentaire',
        );
      await repository.deleteComment(db.knex, id);
      await audit(db.knex, {
        actor: req.user!.email,
        action: 'comment.delete',
        commune: found.commune_insee,
        target: found.target,
        details: { id },
      });
      res.status(204).end();
    },
  };
}
