import { z } from 'zod';
import { anyJson, object, op, str, type Contract } from '../http/contract';

/** The routes app.ts and openapi.routes.ts serve beside the modules: settings for the dashboard, the document itself. */
export const appContract: Contract = {
  '/config': {
    get: op({
      id: 'getConfig',
      tag: 'System',
      summary: 'Settings the dashboard needs: the base-map tile URL template (MAP_TILE_URL), or null',
      access: 'public',
      responseDescription: 'Settings',
      response: object({ map_tile_url: str('Tile URL template; null: the quartier shapes are the map', true) }),
    }),
  },
  '/openapi.json': {
    get: op({
      id: 'getOpenApiDocument',
      tag: 'System',
      summary: 'This document (OpenAPI 3.1), generated from the zod schemas of the API',
      access: 'public',
      responseDescription: 'The document',
      response: anyJson('An OpenAPI 3.1 document'),
    }),
  },
  '/docs': {
    get: op({
      id: 'getApiPage',
      tag: 'System',
      summary: 'A readable page listing the operations of this document',
      access: 'public',
      responseDescription: 'HTML page',
      responses: { '200': { description: 'HTML page', content: { 'text/html': { schema: z.string() } } } },
    }),
  },
};
