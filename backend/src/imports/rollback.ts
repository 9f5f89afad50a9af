import type { Knex } from 'knex';
import { bumpDataVersion } from '../db/data-version';
import { DataError } from '../db/data-error';
import { queueRefreshAfterChange, tableChanges, touchedTables } from '../db/refresh-marts';
import { audit } from '../audit/audit';
import { findKind } from './kinds';

/**
 * Rolls back a landed import: rows it changed get their previous version back, rows it inserted are deleted, in
 * one transaction. Only the latest landed import of its kind and commune can be rolled back (a later one may have
 * built on it): roll back the later one first. Afterwards the materialized relations built on the tables it touched are
 * refreshed (backend/src/db/refresh-marts.ts), as after an import, so the dashboard stops showing the figures of the
 * rolled-back file.
 */
export async function rollbackImport(
  db: Knex,
  importId: number,
  actor: string,
): Promise<{ restored: number; deleted: number }> {
  const { target, ...counts } = await db.transaction(async (trx) => {
    const before = await tableChanges(trx);
    const target = await trx('imports').where({ id: importId }).forUpdate().first();
    if (!target) throw DataError.notFound(`Aucun import n° ${importId}`);
    if (target.status !== 'landed') {
      throw DataError.conflict(
        `L'import n° ${importId} est à l'état « ${target.status} » : seul un import abouti peut être annulé`,
      );
    }
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`import:${target.kind}:${target.commune_insee ?? ''}`]);
    const later = await trx('imports')
      .where({ kind: target.kind, status: 'landed' })
      .where((q) =>
        target.commune_insee ? q.where({ commune_insee: target.commune_insee }) : q.whereNull('commune_insee'),
      )
      .where('id', '>', importId)
      .first('id');
    if (later) throw DataError.conflict(`L'import n° ${later.id} du même type est venu après : annulez-le d'abord`);

    let restored = 0;
    const versions = await trx('import_row_versions').where({ import_id: importId }).select('*');
    for (const version of versions) {
      await trx(version.table_name).where(version.row_key).update(version.previous);
      restored++;
    }
    let deleted = 0;
    for (const table of await tablesWithImportId(trx)) {
      deleted += await trx(table)
        .where({ import_id: importId })
        .delete()
        .catch((error: { code?: string }) => {
          if (error?.code !== '23503') throw error;
          // a row the import added (a commune, a building) has since received data of its own
          throw DataError.conflict(
            `Des données importées depuis s'appuient sur des lignes ajoutées par l'import n° ${importId} (table ${table}) : annulez d'abord ces imports`,
          );
        });
    }
    await trx('imports').where({ id: importId }).update({ status: 'rolled_back' });
    await audit(trx, {
      actor,
      action: 'import.rollback',
      commune: target.commune_insee,
      target: `${target.kind}:${target.file_name}`,
      details: { import_id: importId, restored, deleted },
    });
    const touched = await touchedTables(trx, before);
    await bumpDataVersion(trx);
    return { target, restored, deleted, touched };
  });
  const { touched, ...undone } = counts;
  await queueRefreshAfterChange(db, touched);
  await findKind(target.kind)?.afterCommit?.(db, {
    commune: target.commune_insee ?? '',
    fileName: target.file_name,
    db,
  });
  return undone;
}

async function tablesWithImportId(trx: Knex.Transaction): Promise<string[]> {
  const result = await trx.raw<{ rows: { table_name: string }[] }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'import_id' and table_name not in ('import_row_versions')
      order by table_name`,
  );
  return result.rows.map((r) => r.table_name);
}
