import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DataError, type DataErrorKind } from '../db/data-error';
import { isDatabaseUnavailable, mapPgError } from '../db/pg-errors';
import { AppError } from './app-error';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown[]; request_id?: string };
}

/** While the database is down or restarting: a temporary state, said as such (503), never an internal error. */
export const databaseUnavailable: ErrorBody = {
  error: {
    code: 'database_unavailable',
    message: 'La base de données est momentanément indisponible : réessayez dans quelques instants',
  },
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`Adresse inconnue de l'API : ${req.method} ${req.path}`));
};

/** One JSON error shape for the whole API; internal errors are logged, never echoed to the client. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  if (isDatabaseUnavailable(error)) {
    req.log?.warn({ err: error }, 'database unavailable');
    res.status(503).set('Retry-After', '5').json(databaseUnavailable);
    return;
  }
  const known =
    error instanceof AppError
      ? error
      : (fromData(error instanceof DataError ? error : mapPgError(error)) ?? fromBodyParser(error));
  if (!known) req.log?.error({ err: error }, 'unhandled error');
  const appError =
    known ?? new AppError(500, 'internal', "Erreur interne : réessayez plus tard ou contactez l'administrateur");
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details?.length) body.error.details = appError.details;
  // the reference to give the administrator, who finds the error in the logs by it
  if (!known && req.id !== undefined) body.error.request_id = String(req.id);
  res.status(appError.status).json(body);
};

const dataErrorStatus: Record<DataErrorKind, number> = {
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
};

/** A refusal of the data layer (db/data-error.ts) becomes the API error of the same code. */
function fromData(error: DataError | undefined): AppError | undefined {
  return error && new AppError(dataErrorStatus[error.kind], error.kind, error.message);
}

function fromBodyParser(error: unknown): AppError | undefined {
  const e = error as { type?: string; status?: number };
  if (e?.type === 'entity.parse.failed') return AppError.badRequest("Le contenu envoyé n'est pas du JSON valide");
  if (e?.type === 'entity.too.large') return new AppError(413, 'too_large', 'Le contenu envoyé est trop volumineux');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, 'bad_request', "La requête n'a pas pu être lue");
  }
  return undefined;
}
