import { Router } from 'express';
import { apiModules } from '../modules';
import { renderApiPage } from './api-page';

/** The OpenAPI 3.1 document of /api/v1, assembled from the path items each module declares. */
export function openApiDocument() {
  const paths = Object.assign({}, ...apiModules.map((m) => m.openapi));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pilotage API',
      version: '1.0.0',
      description: 'Decision dashboard for French municipalities. KPIs are computed by SQL views; amounts in euros, ' +
        'rates as fractions (0.123 for 12.3 %). Field names are a stable contract for BI tools and scripts.',
      license: { name: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array' } },
            },
          },
        },
      },
    },
  };
}

export function openApiRoutes(): Router {
  return Router()
    .get('/openapi.json', (_req, res) => {
      res.json(openApiDocument());
    })
    .get('/docs', (_req, res) => {
      res.type('html').send(renderApiPage(openApiDocument()));
    });
}
