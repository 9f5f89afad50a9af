import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { staff } from '../auth/roles';
import { commentsHandlers } from './comments.handlers';

/** Comments are internal: read and written by elected officials, agents and admins. */
export function commentsRoutes(deps: AppDeps): Router {
  const handlers = commentsHandlers(deps);
  return Router()
    .get('/comments', allow(...staff), handlers.list)
    .post('/comments', allow(...staff), handlers.add)
    .delete('/comments/:id', allow(...staff), handlers.remove);
}
