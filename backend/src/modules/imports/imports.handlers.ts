import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { assertCommune, assertVisible, isUnrestrictedAdmin } from '../auth/access';
import { params, query } from '../../http/validate';
import { findKind, importKinds } from '../../imports/kinds';
import { rollbackImport } from '../../imports/rollback';
import { defaultLimits } from '../../imports/limits';
import { runImportInWorker } from '../../imports/run-in-worker';
import * as repository from './imports.repository';
import { idParams, importParams, listQuery, uploadParams, uploadQuery } from './imports.schemas';

const actor = (req: Request) => req.user?.email ?? 'anonymous';

const onlyUnrestrictedAdmins = () =>
  new AppError(403, 'forbidden', 'Accès refusé : les communes se gèrent par un administrateur sans limite de commune');

export function importsHandlers({ db, importLimits = defaultLimits }: AppDeps) {
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
      res.json(
        importKinds.map((k) => ({ kind: k.kind, description: k.description, formats: k.formats, columns: k.columns })),
      );
    },

    /**
     * POST /imports/:kind?commune=&dry_run=true|false&kind=bike: the file is the raw request body, or several files
     * are `file` parts of a multipart form (one set, all or nothing). The files wait on disk (receive-files.ts) and
     * are read, checked and written in a worker thread, so a large file never holds the server. A dry run validates
     * every line and writes nothing; otherwise the set lands whole or not at all. 200 landed/checked, 422 refused.
     */
    async upload(req: Request, res: Response) {
      const { kind_or_id: kindName } = params(req, uploadParams);
      const q = query(req, uploadQuery);
      const kind = findKind(kindName);
      if (!kind) throw AppError.notFound(`Type d'import inconnu : ${kindName}`);
      // the communes file changes names and populations every commune's pages show: unrestricted admins only
      if (kind.kind === 'communes' && !isUnrestrictedAdmin(req)) throw onlyUnrestrictedAdmins();
      // a national file (every commune of France) belongs to no commune: only an account not limited to one lands it
      if (kind.national && req.user?.commune_insee)
        throw new AppError(403, 'forbidden', 'Accès refusé : fichier national');
      const commune = kind.kind === 'communes' || kind.national ? '' : (q.commune ?? req.user?.commune_insee ?? '');
      if (!commune && kind.kind !== 'communes' && !kind.national)
        throw AppError.badRequest('Indiquez la commune du fichier : ?commune=<code INSEE>');
      assertCommune(req, commune);
      const received = (req.importFiles ?? []).filter((f) => f.size > 0);
      if (received.length === 0)
        throw AppError.badRequest(
          'Envoyez le fichier dans le corps de la requête (ou des parties « file » d’un formulaire)',
        );
      const single = q.file_name ?? req.get('x-file-name') ?? `${kind.kind}.${kind.formats[0]}`;
      const files = received.map((f) => ({ name: f.name || single, path: f.path }));
      const report = await runImportInWorker({
        databaseUrl: db.url,
        kind: kind.kind,
        files,
        limits: importLimits,
        options: {
          commune,
          fileName: files[0].name,
          dryRun: q.dry_run === 'true',
          importedBy: actor(req),
          siteKind: q.kind,
        },
      });
      res.status(report.status === 'refused' ? 422 : 200).json(report);
    },

    async list(req: Request, res: Response) {
      const filter = query(req, listQuery);
      const commune = filter.commune ?? req.user?.commune_insee ?? undefined;
      res.json(await repository.listImports(db.knex, { ...filter, commune }));
    },

    async show(req: Request, res: Response) {
      const { kind_or_id: id } = params(req, importParams);
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
      if ((found.kind === 'communes' || !found.commune_insee) && !isUnrestrictedAdmin(req))
        throw onlyUnrestrictedAdmins();
      res.json({ import_id: id, status: 'rolled_back', ...(await rollbackImport(db.knex, id, actor(req))) });
    },
  };
}
