import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { SessionUser } from './roles';
import { allow, communeScope } from './access';
import { errorHandler } from '../../http/error-handler';

/** A tiny app whose "user" comes from a header, to exercise the guards alone. */
function appWith(user?: Partial<SessionUser>) {
  const app = express();
  app.use((req, _res, next) => {
    if (user) req.user = { id: 1, email: 'x@y.fr', role: 'public', commune_insee: null, display_name: null, ...user };
    next();
  });
  app.use(communeScope);
  app.get('/public', (_req, res) => res.json({ ok: true }));
  app.get('/internal', allow('admin', 'elected', 'agent'), (_req, res) => res.json({ ok: true }));
  app.use(errorHandler);
  return app;
}

async function status(app: express.Express, path: string): Promise<{ status: number; body: any }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    return { status: response.status, body: await response.json() };
  } finally {
    server.close();
  }
}

describe('route guards', () => {
  it('let anyone read a public route', async () => {
    expect((await status(appWith(), '/public')).status).toBe(200);
  });

  it('ask the public to sign in for an internal route, and refuse a signed-in public user', async () => {
    expect(await status(appWith(), '/internal')).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Connexion requise' } },
    });
    expect(await status(appWith({ role: 'public' }), '/internal')).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Accès refusé' } },
    });
    expect((await status(appWith({ role: 'agent' }), '/internal')).status).toBe(200);
  });

  it('keep a user limited to one commune out of the others, whatever the query says', async () => {
    const lilleAgent = appWith({ role: 'agent', commune_insee: '59350' });

    expect((await status(lilleAgent, '/internal?commune=59350')).status).toBe(200);
    expect((await status(lilleAgent, '/internal?commune=59512')).status).toBe(403);
    expect((await status(appWith({ role: 'agent' }), '/internal?commune=59512')).status).toBe(200);
  });
});
