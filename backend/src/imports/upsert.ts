import type { Knex } from 'knex';
import type { WriteResult } from './import-kind';

/**
 * Inserts rows, or updates the existing row with the same key when a value differs. Rows identical to what is
 * stored are left alone (their import_id too), so re-running the same file changes nothing. When the rows carry an
 * import_id, the previous version of every row it changes is kept in import_row_versions for a rollback.
 */
export async function upsertRows(
  trx: Knex.Transaction,
  table: string,
  rows: Record<string, unknown>[],
  keyColumns: string[],
  chunkSize = 1000,
): Promise<WriteResult> {
  if (rows.length === 0) return { written: 0, unchanged: 0 };
  const importId = rows[0].import_id as number | undefined;
  const valueColumns = Object.keys(rows[0]).filter((c) => !keyColumns.includes(c) && c !== 'import_id');
  const distinct = valueColumns.length
    ? `(${valueColumns.map((c) => `${table}.${c}`).join(', ')}) is distinct from (${valueColumns.map((c) => `excluded.${c}`).join(', ')})`
    : 'false';
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(keyColumns.map((c) => normalise(row[c])));
  let written = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const existing = importId === undefined ? [] : await rowsAround(trx, table, keyColumns, chunk);
    const query = trx(table).insert(chunk).onConflict(keyColumns);
    const returned: Record<string, unknown>[] = valueColumns.length
      ? await query
          .merge([...valueColumns, ...(importId !== undefined ? ['import_id'] : [])])
          .whereRaw(distinct)
          .returning(keyColumns)
      : await query.ignore().returning(keyColumns);
    written += returned.length;
    if (importId !== undefined && existing.length > 0) {
      const changed = new Set(returned.map(keyOf));
      const versions = existing
        .filter((row) => changed.has(keyOf(row)))
        .map((row) => ({
          import_id: importId,
          table_name: table,
          row_key: JSON.stringify(Object.fromEntries(keyColumns.map((c) => [c, row[c]]))),
          previous: JSON.stringify(row),
        }));
      if (versions.length)
        await trx('import_row_versions').insert(versions).onConflict(['import_id', 'table_name', 'row_key']).ignore();
    }
  }
  return { written, unchanged: rows.length - written };
}

/**
 * The stored rows that may share a key with the chunk: each key column within the chunk's values (one index scan;
 * a superset of the rows sharing a key, which the caller narrows to the rows it changed). A tuple IN list of
 * 1 000 keys of 12 columns took PostgreSQL about 0.6 s to plan and run; this takes milliseconds.
 */
function rowsAround(trx: Knex.Transaction, table: string, keyColumns: string[], chunk: Record<string, unknown>[]) {
  const query = trx(table).select('*');
  for (const column of keyColumns) {
    const values = [...new Set(chunk.map((r) => r[column]))];
    if (values.some((v) => v === null || v === undefined)) continue;
    query.whereIn(column, values as Knex.Value[]);
  }
  return query;
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
