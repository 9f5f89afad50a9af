import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { healthHandlers } from './health.handlers';

export function healthRoutes(deps: AppDeps): Router {
  const handlers = healthHandlers(deps);
  return Router().get('/health', handlers.health);
}
