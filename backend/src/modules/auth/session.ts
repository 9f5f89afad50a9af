import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { findSession } from './auth.repository';
import type { SessionUser } from './roles';
import { AppError } from '../../http/app-error';

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
    csrfToken?: string;
  }
}

export const sessionCookie = 'pilotage_session';
/** Angular's HttpClient reads this cookie and echoes it in the X-XSRF-TOKEN header on writes. */
export const csrfCookie = 'XSRF-TOKEN';
export const csrfHeader = 'x-xsrf-token';

/** Loads the signed-in user from the session cookie, if any. Anonymous requests go on as the public. */
export function sessionMiddleware(db: Knex): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = req.cookies?.[sessionCookie];
    if (typeof token === 'string' && token.length > 20) {
      const session = await findSession(db, token);
      if (session) {
        req.user = session.user;
        req.csrfToken = session.csrfToken;
      }
    }
    next();
  };
}

/**
 * Writes made with a session cookie must carry the session's CSRF token in X-XSRF-TOKEN (double submit bound to
 * the session): another site can make the browser send the cookie, not read the token.
 */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !req.user) return next();
  if (req.get(csrfHeader) !== req.csrfToken)
    return next(new AppError(403, 'csrf', 'Jeton de sécurité (CSRF) manquant ou invalide : rechargez la page'));
  next();
};
