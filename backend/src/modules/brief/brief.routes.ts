import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { communeScope } from '../auth/access';
import { briefHandlers } from './brief.handlers';

/**
 * The council brief (issue 14): readable by everyone like the public figures it is made of; its alerts section is
 * filled for elected officials and agents only. A user limited to one commune reads only that commune's brief.
 */
export function briefRoutes(deps: AppDeps): Router {
  const h = briefHandlers(deps);
  return Router().get('/brief', communeScope, h.json).get('/brief.pdf', communeScope, h.pdf);
}
