import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { editors, staff } from '../auth/roles';
import { alertsHandlers } from './alerts.handlers';

/**
 * Alerts centre, budget / commerce / flows families (issue 7): internal like the fluids alerts. Staff (elected
 * officials and agents) read the alerts and thresholds; agents acknowledge and set thresholds. A user limited to a
 * commune sees and changes only that commune's. See docs/alerts.md.
 */
export function alertsRoutes(deps: AppDeps): Router {
  const h = alertsHandlers(deps);
  return (
    Router()
      .get('/alerts', allow(...staff), h.list)
      .get('/alerts/thresholds', allow(...staff), h.thresholds)
      // writes (agents); the thresholds route comes first: a kind is never read as an alert key
      .put('/alerts/thresholds/:kind', allow(...editors), h.saveThreshold)
      .delete('/alerts/thresholds/:kind', allow(...editors), h.resetThreshold)
      .put('/alerts/:key/acknowledgement', allow(...editors), h.acknowledge)
      .delete('/alerts/:key/acknowledgement', allow(...editors), h.unacknowledge)
  );
}
