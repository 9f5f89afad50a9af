import type { Knex } from 'knex';
import type { WriteResult } from './import-kind';

/**
 * Inserts rows, or updates the existing row with the same key when a value differs. Rows identical to what is
 * stored are left alone (their import_id too), so re-running the same file changes nothing.
 */
export async function upsertRows(
  trx: Knex.Transaction,
  table: string,
  rows: Record<string, unknown>[],
  keyColumns: string[],
  chunkSize = 1000,
): Promise<WriteResult> {
  if (rows.length === 0) return { written: 0, unchanged: 0 };
  const valueColumns = Object.keys(rows[0]).filter((c) => !keyColumns.includes(c) && c !== 'import_id');
  const distinct = valueColumns.length
    ? `(${valueColumns.map((c) => `${table}.${c}`).join(', ')}) is distinct from (${valueColumns.map((c) => `excluded.${c}`).join(', ')})`
    : 'false';
  let written = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const query = trx(table).insert(chunk).onConflict(keyColumns);
    const returned = valueColumns.length
      ? await query.merge([...valueColumns, ...(chunk[0].import_id !== undefined ? ['import_id'] : [])]).whereRaw(distinct).returning(keyColumns[0])
      : await query.ignore().returning(keyColumns[0]);
    written += returned.length;
  }
  return { written, unchanged: rows.length - written };
}
