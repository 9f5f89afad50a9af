import { DataError } from './data-error';

/** Maps the PostgreSQL errors a client can cause to data errors; returns undefined for the others (a 500 in the API). */
export function mapPgError(error: unknown): DataError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  switch (code) {
    case '23505':
      return DataError.conflict('Cet enregistrement existe déjà');
    case '23503':
      return DataError.unprocessable("Cet enregistrement fait référence à un élément qui n'existe pas");
    case '23502':
    case '23514':
      return DataError.unprocessable('Une valeur ne respecte pas une règle du modèle de données');
    case '22P02':
    case '22021':
    case '22007':
    case '22008':
    case '22003':
      return DataError.badRequest('Une valeur a un format incorrect ou sort des limites autorisées');
    default:
      return undefined;
  }
}

/** Network errors of a connection to PostgreSQL that was refused, reset or timed out. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error says the database cannot be reached right now (server stopped, restarting, crashed, unreachable,
 * out of connections) rather than that the request was wrong: the API then answers 503, not 500.
 * SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash, starting up), 53300
 * (too many connections); node's network codes; pg's and knex's own words for a lost connection or a pool timeout.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; errors?: unknown[] } | undefined;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (networkCodes.has(code) || code.startsWith('08') || code.startsWith('57P') || code === '53300') return true;
  if (e.name === 'KnexTimeoutError') return true;
  // an AggregateError of every address tried (localhost resolving to ::1 and 127.0.0.1)
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every(isDatabaseUnavailable)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection error|terminating connection|Client was closed|the database system is/i.test(
    message,
  );
}
