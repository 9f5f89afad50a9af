import { AppError } from '../http/app-error';

/** Maps the PostgreSQL errors a client can cause to API errors; returns undefined for the others (500). */
export function mapPgError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  switch (code) {
    case '23505':
      return AppError.conflict('This record already exists');
    case '23503':
      return AppError.unprocessable('This record refers to something that does not exist');
    case '23502':
    case '23514':
      return AppError.unprocessable('A value breaks a rule of the data model');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return AppError.badRequest('A value has the wrong format or is out of range');
    default:
      return undefined;
  }
}
