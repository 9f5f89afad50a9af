import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { editors, staff } from '../auth/roles';
import { fluidsHandlers } from './fluids.handlers';

/**
 * Fluids of public buildings (issue 5). Access: the commune-wide aggregates (/fluids/commune-years,
 * /fluids/commune-months, /fluids/building-types by type of building, /fluids/commune-trajectory on the décret
 * tertiaire) are public figures: no building is named in them; everything per building (bills, alerts, trajectory, data quality,
 * OPERAT export, cost per entry) is internal; rules and acknowledgements are writes for agents. See docs/fluids.md.
 */
export function fluidsRoutes(deps: AppDeps): Router {
  const h = fluidsHandlers(deps);
  return (
    Router()
      // public aggregates
      .get('/fluids/commune-years', h.communeYears)
      .get('/fluids/commune-months', h.communeMonths)
      .get('/fluids/building-types', h.buildingTypes)
      .get('/fluids/commune-trajectory', h.communeTrajectory)
      // internal reads
      .get('/fluids/monthly', allow(...staff), h.monthly)
      .get('/fluids/alerts', allow(...staff), h.alerts)
      .get('/fluids/buildings', allow(...staff), h.buildings)
      .get('/fluids/buildings/:building', allow(...staff), h.building)
      .get('/fluids/buildings/:building/months', allow(...staff), h.buildingMonths)
      .get('/fluids/buildings/:building/trajectory', allow(...staff), h.buildingTrajectory)
      .get('/fluids/trajectory', allow(...staff), h.trajectory)
      .get('/fluids/quality', allow(...staff), h.quality)
      .get('/fluids/operat', allow(...staff), h.operat)
      .get('/fluids/cost-per-entry', allow(...staff), h.costPerEntry)
      .get('/fluids/alert-rules', allow(...staff), h.rules)
      // writes (agents)
      .post('/fluids/alert-rules', allow(...editors), h.createRule)
      .delete('/fluids/alert-rules/:id', allow(...editors), h.deleteRule)
      .put('/fluids/alerts/:key/acknowledgement', allow(...editors), h.acknowledge)
      .delete('/fluids/alerts/:key/acknowledgement', allow(...editors), h.unacknowledge)
  );
}
