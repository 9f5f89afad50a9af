import type { Knex } from 'knex';

export interface NewComment {
  commune_insee: string;
  target: string;
  period_start: string;
  period_end: string;
  body: string;
  author: string;
}

const columns = ['id', 'commune_insee', 'target', 'period_start', 'period_end', 'body', 'author', 'created_at'];

/** Comments of a commune, those whose target starts with `target` and whose period meets [from, to]. */
export function listComments(db: Knex, filter: { commune: string; target?: string; from?: string; to?: string }) {
  const query = db('comments')
    .select(columns)
    .where({ commune_insee: filter.commune })
    .orderBy(['target', 'period_start']);
  if (filter.target) query.whereLike('target', `${filter.target.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.from) query.where('period_end', '>=', filter.from);
  if (filter.to) query.where('period_start', '<=', filter.to);
  return query;
}

export async function addComment(db: Knex, comment: NewComment) {
  const [row] = await db('comments').insert(comment).returning(columns);
  return row;
}

export function findComment(db: Knex, id: number) {
  return db('comments').where({ id }).first(columns);
}

export function deleteComment(db: Knex, id: number) {
  return db('comments').where({ id }).delete();
}
