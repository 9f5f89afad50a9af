import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { countsHandlers } from './counts.handlers';

/**
 * Flow counts (issue 6). Access: public. Counts are open data by design (the Etalab "comptage des mobilités"
 * standard exists to publish them), aggregated or per counter, and so are the interventions analysed and their
 * impact. See docs/commerce-and-flows.md.
 */
export function countsRoutes(deps: AppDeps): Router {
  const h = countsHandlers(deps);
  return Router()
    .get('/counts/sites', h.sites)
    .get('/counts/daily', h.daily)
    .get('/counts/periods', h.periods)
    .get('/counts/profile', h.profile)
    .get('/counts/year-on-year', h.yearOnYear)
    .get('/counts/interventions', h.interventions)
    .get('/counts/impact', h.impact);
}
