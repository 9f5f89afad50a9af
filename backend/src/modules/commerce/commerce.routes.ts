import { Router } from 'express';
import type { AppDeps } from '../../app';
import { allow } from '../../http/access';
import { staff } from '../auth/roles';
import { commerceHandlers } from './commerce.handlers';

/**
 * Town centre: commercial vacancy (issue 6). Access: the aggregates per commune, quartier and street are public
 * figures (a vacant shop front is seen from the street), and so is the list of premises with their status on a day
 * (what a walk down the street shows, drawn on the public map); the history of each premises, alone or street by
 * street, is internal. See docs/commerce-and-flows.md.
 */
export function commerceRoutes(deps: AppDeps): Router {
  const h = commerceHandlers(deps);
  return (
    Router()
      // public aggregates
      .get('/commerce/vacancy', h.vacancy)
      .get('/commerce/overview', h.overview)
      .get('/commerce/vacancy/monthly', h.monthly)
      .get('/commerce/streets', h.streets)
      .get('/commerce/streets/history', h.streetHistory)
      .get('/commerce/activity-mix', h.activityMix)
      .get('/commerce/durations', h.durations)
      .get('/commerce/references', h.references)
      .get('/commerce/premises', h.premises)
      // internal: the history of each premises
      .get('/commerce/streets/timeline', allow(...staff), h.streetTimeline)
      .get('/commerce/premises/:premises', allow(...staff), h.premisesHistory)
  );
}
