import { Router } from 'express';
import { renderApiPage } from './api-page';
import { openApiDocument } from './document';

/** Serves the generated document (built once, on the first request) and its readable page. */
export function openApiRoutes(): Router {
  let document: ReturnType<typeof openApiDocument> | undefined;
  const openApi = () => (document ??= openApiDocument());
  return Router()
    .get('/openapi.json', (_req, res) => {
      res.json(openApi());
    })
    .get('/docs', (_req, res) => {
      res.type('html').send(renderApiPage(openApi() as unknown as Parameters<typeof renderApiPage>[0]));
    });
}
