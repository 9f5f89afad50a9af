import { Router } from 'express';
import { apiModules } from '../modules';
import { renderApiPage } from './api-page';
import { validatorComponents, withValidators } from './validators';

/** The OpenAPI 3.1 document of /api/v1, assembled from the path items each module declares. */
export function openApiDocument() {
  const paths = withValidators(Object.assign({}, ...apiModules.map((m) => m.openapi)));
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
      ...validatorComponents,
      schemas: {
        Error: {
          type: 'object',
          description: 'Error messages are in French, for the people who read them on the dashboard, and may be ' +
            'reworded; `code` is the stable field for scripts.',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: {
                  type: 'string',
                  description: 'Stable machine code: bad_request, unauthenticated, forbidden, csrf, not_found, conflict, ' +
                    'unprocessable, too_large, invalid_credentials, too_many_requests, internal, database_unavailable ' +
                    '(503 with Retry-After while PostgreSQL is down or restarting: try again)',
                  example: 'bad_request',
                },
                message: {
                  type: 'string',
                  description: 'A sentence in French for people, never internal detail',
                  example: 'Paramètres invalides : commune doit être un code INSEE de commune, par exemple 59350',
                },
                request_id: {
                  type: 'string',
                  description: 'On an internal error (500) only: the reference of the request in the server logs, also ' +
                    'sent in the X-Request-Id header of every response',
                },
                details: {
                  type: 'array',
                  description: 'One item per invalid parameter: `in` (query, params, body) and `field` are stable, ' +
                    '`message` is French',
                  items: {
                    type: 'object',
                    properties: { in: { type: 'string' }, field: { type: 'string' }, message: { type: 'string' } },
                  },
                },
              },
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
