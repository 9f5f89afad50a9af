import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { degreeDaysHandlers } from './degree-days.handlers';

/**
 * Degree-days (issue 11). Access: public. Heating degree-days are weather data, published as such (Météo-France,
 * the SDES, DJU calculators); they say nothing about a building. See docs/fluids.md.
 */
export function degreeDaysRoutes(deps: AppDeps): Router {
  const h = degreeDaysHandlers(deps);
  return Router().get('/degree-days', h.monthly);
}
