import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { staff } from '../auth/roles';
import { commerceHandlers } from './commerce.handlers';

/**
 * Town centre: commercial vacancy (issue 6). Access: the aggregates per commune, quartier and street are public
 * figures (a vacant shop front is seen from the street); what is said premises by premises (the list on a day with
 * each one's status and activity, the history of each, alone or street by street) is internal: a register of
 * premises and their owners' situations is not published. See docs/commerce-and-flows.md and docs/security.md.
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
      // internal: premises by premises, on a day and over time
      .get('/commerce/premises', allow(...staff), h.premises)
      .get('/commerce/streets/timeline', allow(...staff), h.streetTimeline)
      .get('/commerce/premises/:premises', allow(...staff), h.premisesHistory)
  );
}
