import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { getJson, signIn, startTestApp } from '../../test/helpers/http';
import { loadEnv } from '../config/env';
import { errorHandler } from './error-handler';

/**
 * The dashboard shows the API's error messages as they are, to French finance agents: every message is French,
 * and `code` stays the stable English word scripts test.
 */
describe('an API that answers in French', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('tells an agent who mistypes an address, a parameter, or asks for a page above their role', async () => {
    const unknownRoute = await getJson(`${api.base}/nulle-part`);
    expect(unknownRoute).toEqual({
      status: 404,
      body: {
        error: { code: 'not_found', message: "Adresse inconnue de l'API : GET /nulle-part" },
      },
    });

    const badCommune = await getJson(`${api.base}/overview?commune=Lille`);
    expect(badCommune).toEqual({
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: 'Paramètres invalides : commune doit être un code INSEE de commune, par exemple 59350',
          details: [
            {
              in: 'query',
              field: 'commune',
              message: 'doit être un code INSEE de commune, par exemple 59350',
            },
          ],
        },
      },
    });

    const zodOwnWords = await getJson(`${api.base}/budget/ratios?year=deux-mille`);
    expect(zodOwnWords.status).toBe(400);
    expect(zodOwnWords.body.error.message).toBe(
      'Paramètres invalides : commune est obligatoire ; year (entrée invalide : nombre attendu, NaN reçu)',
    );
    expect(zodOwnWords.body.error.details).toEqual([
      { in: 'query', field: 'commune', message: 'est obligatoire' },
      { in: 'query', field: 'year', message: 'Entrée invalide : nombre attendu, NaN reçu' },
    ]);

    const anonymous = await getJson(`${api.base}/imports`);
    expect(anonymous).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Connexion requise' } },
    });

    const publicAccount = await signIn(api.base, 'public');
    const refused = await getJson(`${api.base}/imports`, publicAccount);
    expect(refused).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Accès refusé' } },
    });
  });

  it('refuses a wrong password and a body that is not JSON in French too', async () => {
    const login = (body: string) =>
      fetch(`${api.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });

    const wrongPassword = await login(JSON.stringify({ email: 'personne@tests.pilotage.fr', password: 'mauvais' }));
    const notJson = await login('{ "email": ');

    expect([wrongPassword.status, await wrongPassword.json()]).toEqual([
      401,
      {
        error: { code: 'invalid_credentials', message: 'Adresse e-mail ou mot de passe incorrect' },
      },
    ]);
    expect([notJson.status, await notJson.json()]).toEqual([
      400,
      { error: { code: 'bad_request', message: "Le contenu envoyé n'est pas du JSON valide" } },
    ]);
  });

  it('keeps a crash to a polite generic sentence, never its internal detail', async () => {
    const app = express();
    app.get('/crash', () => {
      throw new Error('relation "secret_table" does not exist');
    });
    app.use(errorHandler);
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const crash = await getJson(`http://127.0.0.1:${(server.address() as AddressInfo).port}/crash`);

      expect(crash).toEqual({
        status: 500,
        body: {
          error: {
            code: 'internal',
            message: "Erreur interne : réessayez plus tard ou contactez l'administrateur",
          },
        },
      });
    } finally {
      server.close();
    }
  });

  it('gives a crash a reference the administrator finds in the logs', async () => {
    const app = express();
    app.use((req, _res, next) => {
      (req as { id?: string }).id = 'ref-42';
      next();
    });
    app.get('/crash', () => {
      throw new Error('boom');
    });
    app.use(errorHandler);
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const crash = await getJson(`http://127.0.0.1:${(server.address() as AddressInfo).port}/crash`);

      expect(crash.body.error).toEqual({
        code: 'internal',
        message: "Erreur interne : réessayez plus tard ou contactez l'administrateur",
        request_id: 'ref-42',
      });
    } finally {
      server.close();
    }
  });

  it('explains a wrong setting to whoever runs a command line, in French as well', () => {
    expect(() => loadEnv({ PORT: 'trois mille' })).toThrowError(
      /^Configuration invalide \(variables d'environnement\) :\n {2}PORT : Entrée invalide : nombre attendu, NaN reçu$/,
    );
  });
});
