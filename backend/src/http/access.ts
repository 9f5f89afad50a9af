import type { Request, RequestHandler } from 'express';
import type { Role } from '../modules/auth/roles';
import { AppError } from './app-error';

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

/** A user limited to one commune sees nothing of the others, whatever the parameters say. */
export function assertCommune(req: Request, commune: string | null | undefined): void {
  const limit = req.user?.commune_insee;
  if (limit && commune && commune !== limit) throw new AppError(403, 'forbidden', 'Accès refusé');
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
