import type { Router } from 'express';
import type { AppDeps } from '../http/app-deps';
import { alertsOpenApi } from './alerts/alerts.openapi';
import { alertsRoutes } from './alerts/alerts.routes';
import { auditOpenApi } from './audit/audit.openapi';
import { auditRoutes } from './audit/audit.routes';
import { authOpenApi } from './auth/auth.openapi';
import { authRoutes } from './auth/auth.routes';
import { commentsOpenApi } from './comments/comments.openapi';
import { commentsRoutes } from './comments/comments.routes';
import { briefOpenApi } from './brief/brief.openapi';
import { briefRoutes } from './brief/brief.routes';
import { budgetOpenApi } from './budget/budget.openapi';
import { budgetRoutes } from './budget/budget.routes';
import { commerceOpenApi } from './commerce/commerce.openapi';
import { commerceRoutes } from './commerce/commerce.routes';
import { communesOpenApi } from './communes/communes.openapi';
import { communesRoutes } from './communes/communes.routes';
import { countsOpenApi } from './counts/counts.openapi';
import { countsRoutes } from './counts/counts.routes';
import { degreeDaysOpenApi } from './degree-days/degree-days.openapi';
import { degreeDaysRoutes } from './degree-days/degree-days.routes';
import { fluidsOpenApi } from './fluids/fluids.openapi';
import { fluidsRoutes } from './fluids/fluids.routes';
import { healthOpenApi } from './health/health.openapi';
import { healthRoutes } from './health/health.routes';
import { importsOpenApi } from './imports/imports.openapi';
import { importsRoutes } from './imports/imports.routes';
import { kpisOpenApi } from './kpis/kpis.openapi';
import { kpisRoutes } from './kpis/kpis.routes';
import { overviewOpenApi } from './overview/overview.openapi';
import { overviewRoutes } from './overview/overview.routes';
import { peersOpenApi } from './peers/peers.openapi';
import { peersRoutes } from './peers/peers.routes';

export interface ApiModule {
  name: string;
  routes: (deps: AppDeps) => Router;
  /** OpenAPI 3.1 path items of the module, merged into /api/v1/openapi.json. */
  openapi: Record<string, unknown>;
}

/** Every family registers here once: its router under /api/v1 and its documented paths. */
export const apiModules: ApiModule[] = [
  { name: 'health', routes: healthRoutes, openapi: healthOpenApi },
  { name: 'auth', routes: authRoutes, openapi: authOpenApi },
  { name: 'communes', routes: communesRoutes, openapi: communesOpenApi },
  { name: 'fluids', routes: fluidsRoutes, openapi: fluidsOpenApi },
  { name: 'degree-days', routes: degreeDaysRoutes, openapi: degreeDaysOpenApi },
  { name: 'overview', routes: overviewRoutes, openapi: overviewOpenApi },
  { name: 'kpis', routes: kpisRoutes, openapi: kpisOpenApi },
  { name: 'budget', routes: budgetRoutes, openapi: budgetOpenApi },
  { name: 'peers', routes: peersRoutes, openapi: peersOpenApi },
  { name: 'imports', routes: importsRoutes, openapi: importsOpenApi },
  { name: 'comments', routes: commentsRoutes, openapi: commentsOpenApi },
  { name: 'commerce', routes: commerceRoutes, openapi: commerceOpenApi },
  { name: 'counts', routes: countsRoutes, openapi: countsOpenApi },
  { name: 'alerts', routes: alertsRoutes, openapi: alertsOpenApi },
  { name: 'brief', routes: briefRoutes, openapi: briefOpenApi },
  { name: 'audit', routes: auditRoutes, openapi: auditOpenApi },
];
