import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Streams rows into a table (usually a temporary staging table) with COPY ... FROM STDIN on the transaction's own
 * connection: one round trip for hundreds of thousands of rows, where INSERTs would send them by the thousand.
 * A kind then merges the staging table into its fact table with one set-based upsert. Values are written in
 * COPY's text format (null as \N; tabs, newlines and backslashes escaped).
 */
export async function copyRows(
  trx: Knex.Transaction,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  // inside a transaction, knex hands back the transaction's connection (knex lib/execution/transaction.js)
  const connection = (await trx.client.acquireConnection()) as PoolClient;
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = '';
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) buffer += (i ? '\t' : '') + copyValue(row[i]);
      buffer += '\n';
      count += 1;
      if (buffer.length > 1 << 17) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(
    Readable.from(chunks()),
    connection.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)),
  );
  return count;
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[\t\n\r\\]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}
