import type { Knex } from 'knex';
import { copyRows } from './copy-rows';
import type { WriteResult } from './import-kind';

/**
 * upsertRows() for large sets, with the same outcome: COPY the rows into a temporary staging table shaped like the
 * target, keep the previous version of every stored row that will change (import_row_versions, for a rollback), then
 * one set-based insert that updates a row only when a value differs. Three statements whatever the row count, where
 * upsertRows sends a SELECT and an INSERT per thousand rows. Rows must all have the same columns.
 */
export async function copyUpsertRows(
  trx: Knex.Transaction,
  table: string,
  rows: Record<string, unknown>[],
  keyColumns: string[],
): Promise<WriteResult> {
  if (rows.length === 0) return { written: 0, unchanged: 0 };
  const columns = Object.keys(rows[0]);
  const importId = rows[0].import_id as number | undefined;
  const values = columns.filter((c) => !keyColumns.includes(c) && c !== 'import_id');
  if (await nothingStoredFor(trx, table, keyColumns[0], rows)) {
    // the first rows of this commune (a new commune, the demo after its rows were deleted): nothing to compare, no
    // previous version to keep, COPY straight into the table
    await copyRows(
      trx,
      table,
      columns,
      (function* () {
        for (const row of rows) yield columns.map((c) => row[c]);
      })(),
    );
    return { written: rows.length, unchanged: 0 };
  }
  const staging = `incoming_${table}`;
  await trx.raw(`create temp table if not exists ${staging} (like ${table} including defaults) on commit drop`);
  await trx.raw(`truncate ${staging}`);
  await copyRows(
    trx,
    staging,
    columns,
    (function* () {
      for (const row of rows) yield columns.map((c) => row[c]);
    })(),
  );
  const on = keyColumns.map((c) => `t.${c} = s.${c}`).join(' and ');
  const differs = values.length
    ? `(${values.map((c) => `t.${c}`).join(', ')}) is distinct from (${values.map((c) => `s.${c}`).join(', ')})`
    : 'false';
  if (importId !== undefined) {
    const key = `jsonb_build_object(${keyColumns.map((c) => `'${c}', t.${c}`).join(', ')})`;
    await trx.raw(
      `insert into import_row_versions (import_id, table_name, row_key, previous)
       select ?::bigint, ?, ${key}, to_jsonb(t) from ${table} t join ${staging} s on ${on} where ${differs}
       on conflict do nothing`,
      [importId, table],
    );
  }
  const excluded = values.length
    ? `(${values.map((c) => `${table}.${c}`).join(', ')}) is distinct from (${values.map((c) => `excluded.${c}`).join(', ')})`
    : 'false';
  const update = [...values, ...(importId !== undefined ? ['import_id'] : [])];
  const result = await trx.raw<{ rowCount: number }>(
    `insert into ${table} (${columns.join(', ')}) select ${columns.join(', ')} from ${staging}
     on conflict (${keyColumns.join(', ')}) ${
       update.length
         ? `do update set ${update.map((c) => `${c} = excluded.${c}`).join(', ')} where ${excluded}`
         : 'do nothing'
     }`,
  );
  return { written: result.rowCount, unchanged: rows.length - result.rowCount };
}

/**
 * True when every row has the same value in the first key column (the commune, for every kind) and the table holds no
 * row with that value: the rows can only be new.
 */
async function nothingStoredFor(
  trx: Knex.Transaction,
  table: string,
  column: string,
  rows: Record<string, unknown>[],
): Promise<boolean> {
  const value = rows[0][column];
  if (value === null || value === undefined || rows.some((r) => r[column] !== value)) return false;
  const found = await trx(table)
    .where(column, value as Knex.Value)
    .first(trx.raw('1 as one'));
  return found === undefined;
}
