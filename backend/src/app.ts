import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './http/app-deps';
import { dataVersionValidators } from './http/data-version-etag';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { csrfProtection, sessionMiddleware } from './modules/auth/session';
import { apiModules } from './modules';
import { openApiRoutes } from './openapi/openapi.routes';

export type { AppDeps };

/** Builds the Express app; never listens (main.ts and the tests do). */
export function makeApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(securityHeaders(deps.mapTileUrl));
  app.use(compression());
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
      genReqId: requestId,
    }),
  );
  app.use(express.json({ limit: '1mb' }));

  const api = express.Router();
  api.use(cookieParser(), sessionMiddleware(deps.db.knex), csrfProtection, dataVersionValidators(deps.db.knex));
  for (const module of apiModules) api.use(module.routes(deps));
  api.use(openApiRoutes());
  api.get('/config', (_req, res) => {
    res.json({ map_tile_url: deps.mapTileUrl ?? null });
  });
  api.use(notFoundHandler);
  app.use('/api/v1', api);
  // an API address outside /api/v1 is a mistyped API call, not a page of the dashboard: JSON 404
  app.use('/api', notFoundHandler);

  if (deps.webDist && fs.existsSync(path.join(deps.webDist, 'index.html'))) {
    app.use(express.static(deps.webDist, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(deps.webDist!, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

/**
 * Helmet's headers, with the two that only make sense over https sent only when the request came over https
 * (directly, or through a trusted proxy's X-Forwarded-Proto): `upgrade-insecure-requests` in the CSP and HSTS. Sent
 * over plain http on a LAN address, they made the browser fetch every script over https and show a blank page.
 */
function securityHeaders(mapTileUrl?: string): RequestHandler {
  const directives = contentSecurityPolicy(mapTileUrl);
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...directives, upgradeInsecureRequests: null } },
    strictTransportSecurity: false,
  });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}

function contentSecurityPolicy(mapTileUrl?: string) {
  const tileOrigin = mapTileUrl ? new URL(mapTileUrl.replace(/\{[a-z]\}/g, 'a')).origin : undefined;
  return {
    defaultSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
    styleSrc: ["'self'", "'unsafe-inline'"],
    scriptSrc: ["'self'"],
    connectSrc: ["'self'"],
  };
}

/**
 * Every request gets an id, in the logs and in the X-Request-Id header (a caller's own id is kept when it is a plain
 * token), so an internal error a user reports by its reference can be found in the logs.
 */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}
