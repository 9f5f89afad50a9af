import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { allow } from '../auth/access';
import { auditHandlers } from './audit.handlers';

/** The audit log is read by admins only; one limited to a commune sees that commune's entries alone. */
export function auditRoutes(deps: AppDeps): Router {
  const handlers = auditHandlers(deps);
  return Router().get('/audit', allow('admin'), handlers.list);
}
