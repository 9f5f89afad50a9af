import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { communeScope } from '../auth/access';
import { kpisHandlers } from './kpis.handlers';

/**
 * The KPI catalogue. Access: public (the public indicators' rows for everyone, every row for staff); a user limited
 * to one commune reads only that commune's.
 */
export function kpisRoutes(deps: AppDeps): Router {
  const h = kpisHandlers(deps);
  return Router().get('/kpis', communeScope, h.list);
}
