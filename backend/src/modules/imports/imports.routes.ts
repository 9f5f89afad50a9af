import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { editors, staff } from '../auth/roles';
import { defaultLimits } from '../../imports/limits';
import { importsHandlers } from './imports.handlers';
import { receiveFiles } from './receive-files';

export function importsRoutes(deps: AppDeps): Router {
  const handlers = importsHandlers(deps);
  const receive = receiveFiles(deps.importLimits ?? defaultLimits);
  return Router()
    .get('/imports/kinds', allow(...staff), handlers.kinds)
    .get('/imports', allow(...staff), handlers.list)
    .get('/imports/:kind_or_id', allow(...staff), handlers.show)
    .post('/imports/:id/rollback', allow(...editors), handlers.rollback)
    .post('/imports/:kind_or_id', allow(...editors), receive, handlers.upload);
}
