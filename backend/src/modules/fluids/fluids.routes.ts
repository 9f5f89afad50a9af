import { Router } from 'express';
import type { AppDeps } from '../../app';
import { fluidsHandlers } from './fluids.handlers';

/**
 * Fluids of public buildings (issue 5). Access: the commune-wide aggregates (/fluids/commune-years,
 * /fluids/commune-months) are public figures; everything per building (bills, alerts, trajectory, data quality,
 * OPERAT export, cost per entry) is internal; rules and acknowledgements are writes for agents. See docs/fluids.md.
 */
export function fluidsRoutes(deps: AppDeps): Router {
  const h = fluidsHandlers(deps);
  return (
    Router()
      // public aggregates
      .get('/fluids/commune-years', h.communeYears)
      .get('/fluids/commune-months', h.communeMonths)
      // internal reads
      .get('/fluids/monthly', h.monthly)
      .get('/fluids/alerts', h.alerts)
      .get('/fluids/buildings', h.buildings)
      .get('/fluids/buildings/:building', h.building)
      .get('/fluids/buildings/:building/months', h.buildingMonths)
      .get('/fluids/buildings/:building/trajectory', h.buildingTrajectory)
      .get('/fluids/trajectory', h.trajectory)
      .get('/fluids/quality', h.quality)
      .get('/fluids/operat', h.operat)
      .get('/fluids/cost-per-entry', h.costPerEntry)
      .get('/fluids/alert-rules', h.rules)
      // writes (agents)
      .post('/fluids/alert-rules', h.createRule)
      .delete('/fluids/alert-rules/:id', h.deleteRule)
      .put('/fluids/alerts/:key/acknowledgement', h.acknowledge)
      .delete('/fluids/alerts/:key/acknowledgement', h.unacknowledge)
  );
}
