import { Router, type Request, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import type { AppDeps } from '../../http/app-deps';
import { authHandlers } from './auth.handlers';
import { normaliseEmail } from './auth.repository';

/**
 * Password guessing is slowed by two counters of FAILED sign-ins (wrong email or password, 401) over 15 minutes:
 * - per account: 10, whatever the address, the spaces around the email or its case (the email is normalised as the
 *   login normalises it); a successful sign-in clears the account's counter;
 * - per address: 30, whatever the accounts tried (a spray of emails from one machine); a success does not clear it.
 * The address is the TCP peer's, or the one a trusted proxy (TRUST_PROXY) puts in X-Forwarded-For; IPv6 addresses
 * count per /56. Successful sign-ins never count: an admin signing in fifty times a day is never locked out.
 */
export const loginLimits = { windowMinutes: 15, failuresPerAccount: 10, failuresPerAddress: 30 } as const;

const tooMany: RequestHandler = (_req, res) => {
  res.status(429).json({
    error: { code: 'too_many_requests', message: 'Trop de tentatives de connexion : réessayez dans quelques minutes' },
  });
};

const accountKey = (req: Request) => {
  const email = req.body?.email;
  return `account|${typeof email === 'string' ? normaliseEmail(email) : ''}`;
};

function failuresLimiter(limit: number, keyGenerator: (req: Request) => string): RateLimitRequestHandler {
  return rateLimit({
    windowMs: loginLimits.windowMinutes * 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator,
    // a hit is taken back unless the request was a failed sign-in
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    handler: tooMany,
    // X-Forwarded-For is read or ignored by Express's trust proxy setting (TRUST_PROXY), on purpose
    validate: { xForwardedForHeader: false, keyGeneratorIpFallback: false },
  });
}

function loginLimiters(): RequestHandler[] {
  const perAddress = failuresLimiter(
    loginLimits.failuresPerAddress,
    (req) => `address|${ipKeyGenerator(req.ip ?? '')}`,
  );
  const perAccount = failuresLimiter(loginLimits.failuresPerAccount, accountKey);
  const clearAccountOnSuccess: RequestHandler = (req, res, next) => {
    const key = accountKey(req);
    res.once('finish', () => {
      if (res.statusCode === 200) perAccount.resetKey(key);
    });
    next();
  };
  return [perAddress, perAccount, clearAccountOnSuccess];
}

export function authRoutes(deps: AppDeps): Router {
  const handlers = authHandlers(deps);
  return Router()
    .post('/auth/login', ...loginLimiters(), handlers.login)
    .post('/auth/logout', handlers.logout)
    .get('/auth/me', handlers.me);
}
