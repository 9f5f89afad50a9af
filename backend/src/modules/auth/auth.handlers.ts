import type { CookieOptions, Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { AppError } from '../../http/app-error';
import { csrfCookie, sessionCookie } from './session';
import { body } from '../../http/validate';
import { audit } from '../../audit/audit';
import * as repository from './auth.repository';
import { decoyHash, verifyPassword } from './passwords';
import { loginBody } from './auth.schemas';

function cookieOptions(req: Request, httpOnly: boolean, expires?: Date): CookieOptions {
  return { httpOnly, sameSite: 'lax', secure: req.secure || process.env.COOKIE_SECURE === 'true', path: '/', expires };
}

export function authHandlers({ db }: AppDeps) {
  return {
    /** POST /auth/login { email, password }: opens a session cookie; the same answer for a wrong email or password. */
    async login(req: Request, res: Response) {
      const { email, password } = body(req, loginBody);
      const user = await repository.findUserByEmail(db.knex, email);
      const valid = await verifyPassword(user?.password_hash ?? (await decoyHash), password);
      if (!user || !valid) {
        await audit(db.knex, {
          actor: email.toLowerCase().slice(0, 320),
          action: 'login.failed',
          details: { ip: req.ip },
        });
        throw new AppError(401, 'invalid_credentials', 'Adresse e-mail ou mot de passe incorrect');
      }
      const session = await repository.openSession(db.knex, user.id);
      res.cookie(sessionCookie, session.token, cookieOptions(req, true, session.expiresAt));
      res.cookie(csrfCookie, session.csrfToken, cookieOptions(req, false, session.expiresAt));
      res.json({
        user: {
          id: user.id,
          email: user.email,
          role: user.role,
          commune_insee: user.commune_insee,
          display_name: user.display_name,
        },
      });
    },

    async logout(req: Request, res: Response) {
      const token = req.cookies?.[sessionCookie];
      if (typeof token === 'string') await repository.closeSession(db.knex, token);
      res.clearCookie(sessionCookie, { path: '/' });
      res.clearCookie(csrfCookie, { path: '/' });
      res.status(204).end();
    },

    /** GET /auth/me: the signed-in user, or null for the public. */
    async me(req: Request, res: Response) {
      res.json({ user: req.user ?? null });
    },
  };
}
