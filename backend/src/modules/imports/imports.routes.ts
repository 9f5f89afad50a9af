import express, { Router } from 'express';
import type { AppDeps } from '../../app';
import { allow } from '../../http/access';
import { editors, staff } from '../auth/roles';
import { importsHandlers } from './imports.handlers';

export function importsRoutes(deps: AppDeps): Router {
  const handlers = importsHandlers(deps);
  const rawFile = express.raw({ type: () => true, limit: '500mb' });
  return Router()
    .get('/imports/kinds', allow(...staff), handlers.kinds)
    .get('/imports', allow(...staff), handlers.list)
    .get('/imports/:id', allow(...staff), handlers.show)
    .post('/imports/:id/rollback', allow(...editors), handlers.rollback)
    .post('/imports/:kind', allow(...editors), rawFile, handlers.upload);
}
