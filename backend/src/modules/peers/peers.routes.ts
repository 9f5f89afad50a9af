import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { peersHandlers } from './peers.handlers';

/** Peer comparisons of the budget ratios: public, like the figures they compare. */
export function peersRoutes(deps: AppDeps): Router {
  const handlers = peersHandlers(deps);
  return Router()
    .get('/budget/peers', handlers.peers)
    .get('/budget/peers/history', handlers.history)
    .get('/budget/peers/dgfip-comparison', handlers.vsDgfip);
}
