import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../../app';
import { authHandlers } from './auth.handlers';

/** At most 10 login attempts per 15 minutes per address and email: slows password guessing to a crawl. */
const loginLimiter = () => rateLimit({
  windowMs: 15 * 60_000,
  limit: 10,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.email ?? '').toLowerCase()}`,
  handler: (_req, res) => {
    res.status(429).json({ error: { code: 'too_many_requests', message: 'Trop de tentatives de connexion : réessayez dans quelques minutes' } });
  },
});

export function authRoutes(deps: AppDeps): Router {
  const handlers = authHandlers(deps);
  return Router()
    .post('/auth/login', loginLimiter(), handlers.login)
    .post('/auth/logout', handlers.logout)
    .get('/auth/me', handlers.me);
}
