import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { editors, staff } from '../auth/roles';
import { kpiThresholdsHandlers } from './kpis-thresholds.handlers';
import { kpisHandlers } from './kpis.handlers';

/**
 * The KPI catalogue. Access: public, like the other public figures (the public indicators' rows for everyone); staff
 * also read the internal indicators, of their own commune only when their account is limited to one. The levels that
 * judge the figures: read by staff, set by agents and admins (of their commune).
 */
export function kpisRoutes(deps: AppDeps): Router {
  const h = kpisHandlers(deps);
  const t = kpiThresholdsHandlers(deps);
  return Router()
    .get('/kpis', h.list)
    .get('/kpis/thresholds', allow(...staff), t.list)
    .put('/kpis/thresholds/:indicator', allow(...editors), t.save)
    .delete('/kpis/thresholds/:indicator', allow(...editors), t.reset);
}
