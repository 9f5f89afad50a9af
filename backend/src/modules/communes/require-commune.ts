import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';

/**
 * The commune of an INSEE code ({ insee_code, name }), or the 404 every family answers for an unknown commune:
 * "Aucune commune avec le code INSEE 99999". Called by handlers and services before they read a commune's figures.
 */
export async function requireCommune(db: Knex, insee: string): Promise<{ insee_code: string; name: string }> {
  const commune = await db('communes').where({ insee_code: insee }).first('insee_code', 'name');
  if (!commune) throw AppError.notFound(`Aucune commune avec le code INSEE ${insee}`);
  return commune;
}
