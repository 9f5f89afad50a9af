import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { AppError } from '../../http/app-error';
import { assertCommune, assertVisible, isUnrestrictedAdmin } from '../../http/access';
import { inseeCode, params, query } from '../../http/validate';
import { findKind, importKinds } from '../../imports/kinds';
import { rollbackImport } from '../../imports/rollback';
import { runImport } from '../../imports/run-import';
import * as repository from './imports.repository';

const uploadParams = z.object({ kind: z.string() });
const uploadQuery = z.object({
  commune: inseeCode.optional(),
  dry_run: z.enum(['true', 'false']).default('false'),
  file_name: z.string().max(255).optional(),
});
const listQuery = z.object({ commune: inseeCode.optional(), kind: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });
const idParams = z.object({ id: z.coerce.number().int().positive() });

const actor = (req: Request) => req.user?.email ?? 'anonymous';

const onlyUnrestrictedAdmins = () =>
  new AppError(403, 'forbidden', 'Accès refusé : les communes se gèrent par un administrateur sans limite de commune');

export function importsHandlers({ db }: AppDeps) {
  /** The import, unless it belongs to another commune than the one the user is limited to (then: unknown id). */
  async function visibleImport(req: Request, id: number) {
    const notFound = () => AppError.notFound(`Aucun import n° ${id}`);
    const found = await repository.findImport(db.knex, id);
    if (!found) throw notFound();
    assertVisible(req, found.commune_insee, notFound);
    return found;
  }

  return {
    /** The kinds and their documented columns, for the import screens. */
    kinds(_req: Request, res: Response) {
      res.json(importKinds.map((k) => ({ kind: k.kind, description: k.description, formats: k.formats, columns: k.columns })));
    },

    /**
     * POST /imports/:kind?commune=&dry_run=true|false: the file is the raw request body. A dry run validates every
     * line and writes nothing; otherwise the file lands whole or not at all. 200 landed/checked, 422 refused.
     */
    async upload(req: Request, res: Response) {
      const { kind: kindName } = params(req, uploadParams);
      const q = query(req, uploadQuery);
      const kind = findKind(kindName);
      if (!kind) throw AppError.notFound(`Type d'import inconnu : ${kindName}`);
      // the communes file changes names and populations every commune's pages show: unrestricted admins only
      if (kind.kind === 'communes' && !isUnrestrictedAdmin(req)) throw onlyUnrestrictedAdmins();
      // a national file (every commune of France) belongs to no commune: only an account not limited to one lands it
      if (kind.national && req.user?.commune_insee) throw new AppError(403, 'forbidden', 'Accès refusé : fichier national');
      const commune = kind.kind === 'communes' || kind.national ? '' : (q.commune ?? req.user?.commune_insee ?? '');
      if (!commune && kind.kind !== 'communes' && !kind.national) throw AppError.badRequest('Indiquez la commune du fichier : ?commune=<code INSEE>');
      assertCommune(req, commune);
      // a GeoJSON sent as application/json was already parsed by the JSON body parser: serialise it back
      const file = Buffer.isBuffer(req.body) ? req.body : req.body && typeof req.body === 'object' ? Buffer.from(JSON.stringify(req.body)) : undefined;
      if (!file || file.length === 0) throw AppError.badRequest('Envoyez le fichier dans le corps de la requête');
      const fileName = q.file_name ?? req.get('x-file-name') ?? `${kind.kind}.${kind.formats[0]}`;
      const report = await runImport(db.knex, kind, file, { commune, fileName, dryRun: q.dry_run === 'true', importedBy: actor(req) });
      res.status(report.status === 'refused' ? 422 : 200).json(report);
    },

    async list(req: Request, res: Response) {
      const filter = query(req, listQuery);
      const commune = filter.commune ?? req.user?.commune_insee ?? undefined;
      res.json(await repository.listImports(db.knex, { ...filter, commune }));
    },

    async show(req: Request, res: Response) {
      const { id } = params(req, idParams);
      res.json(await visibleImport(req, id));
    },

    /**
     * POST /imports/:id/rollback: whoever could have made the import may undo it. An import of another commune is,
     * to a limited user, an unknown id (404); an import that spans communes (kind communes) is for unrestricted
     * admins only (403).
     */
    async rollback(req: Request, res: Response) {
      const { id } = params(req, idParams);
      const found = await visibleImport(req, id);
      if ((found.kind === 'communes' || !found.commune_insee) && !isUnrestrictedAdmin(req)) throw onlyUnrestrictedAdmins();
      res.json({ import_id: id, status: 'rolled_back', ...(await rollbackImport(db.knex, id, actor(req))) });
    },
  };
}
