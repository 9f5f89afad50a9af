import type { Request, RequestHandler } from 'express';
import type { Role } from './roles';
import { AppError } from '../../http/app-error';

/**
 * Route guard: lets through only signed-in users with one of the roles (401 when anonymous, 403 otherwise), and a
 * user limited to one commune only for that commune's `commune` parameter. Public routes have no guard: what the
 * law makes public stays readable by everyone, whatever their account. Messages say nothing of what exists.
 */
export function allow(...roles: readonly Role[]): RequestHandler {
  return (req, res, next) => {
    if (!req.user) return next(new AppError(401, 'unauthenticated', 'Connexion requise'));
    if (!roles.includes(req.user.role)) return next(new AppError(403, 'forbidden', 'Accès refusé'));
    communeScope(req, res, next);
  };
}

/**
 * A user limited to one commune sees nothing of the others, whatever the parameters say. Asking for another commune
 * by its code gets 403 (the list of communes is public: nothing leaks); see assertVisible for records found by id.
 */
export function assertCommune(req: Request, commune: string | null | undefined): void {
  const limit = req.user?.commune_insee;
  if (limit && commune && commune !== limit) throw new AppError(403, 'forbidden', 'Accès refusé');
}

/**
 * A record found by its id (an import, a comment, a rule, a building) that belongs to another commune than the
 * user's is, to that user, a record that does not exist: the same 404 as an unknown id, so ids do not tell a
 * limited user what exists elsewhere.
 */
export function assertVisible(req: Request, commune: string | null | undefined, notFound: () => AppError): void {
  const limit = req.user?.commune_insee;
  if (limit && commune && commune !== limit) throw notFound();
}

/** The commune a request is about: the one asked for, else the one the user is limited to (undefined if neither). */
export function scopedCommune(req: Request, asked: string | undefined): string | undefined {
  return asked ?? req.user?.commune_insee ?? undefined;
}

/** An administrator not limited to one commune: the only role that may change what spans communes. */
export function isUnrestrictedAdmin(req: Request): boolean {
  return req.user?.role === 'admin' && !req.user.commune_insee;
}

/** Checks the `commune` query parameter and `:insee` route parameter of every request against the user's commune. */
export const communeScope: RequestHandler = (req, _res, next) => {
  const fromQuery = typeof req.query['commune'] === 'string' ? req.query['commune'] : undefined;
  try {
    assertCommune(req, fromQuery);
    next();
  } catch (error) {
    next(error);
  }
};
