import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { communesHandlers } from './communes.handlers';

export function communesRoutes(deps: AppDeps): Router {
  const handlers = communesHandlers(deps);
  return Router()
    .get('/communes', handlers.list)
    .get('/communes/:insee', handlers.show)
    .get('/communes/:insee/quartiers', handlers.quartiers)
    .get('/quartiers/summary', handlers.quartierSummary);
}
