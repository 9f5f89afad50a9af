import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { kpisHandlers } from './kpis.handlers';

/**
 * The KPI catalogue. Access: public, like the other public figures (the public indicators' rows for everyone); staff
 * also read the internal indicators, of their own commune only when their account is limited to one.
 */
export function kpisRoutes(deps: AppDeps): Router {
  const h = kpisHandlers(deps);
  return Router().get('/kpis', h.list);
}
