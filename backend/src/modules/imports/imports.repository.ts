import type { Knex } from 'knex';

export function listImports(db: Knex, filter: { commune?: string; kind?: string; limit: number }) {
  const query = db('imports')
    .select(
      'id',
      'kind',
      'commune_insee',
      'file_name',
      'status',
      'rows_read',
      'rows_written',
      'imported_by',
      'started_at',
      'finished_at',
      db.raw('jsonb_array_length(errors)::integer as issues'),
    )
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.commune) query.where({ commune_insee: filter.commune });
  if (filter.kind) query.where({ kind: filter.kind });
  return query;
}

export function findImport(db: Knex, id: number) {
  return db('imports').where({ id }).first();
}
