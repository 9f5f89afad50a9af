import type { Router } from 'express';
import type { AppDeps } from '../http/app-deps';
import type { Contract } from '../http/contract';
import { alertsContract } from './alerts/alerts.contract';
import { alertsRoutes } from './alerts/alerts.routes';
import { auditContract } from './audit/audit.contract';
import { auditRoutes } from './audit/audit.routes';
import { authContract } from './auth/auth.contract';
import { authRoutes } from './auth/auth.routes';
import { commentsContract } from './comments/comments.contract';
import { commentsRoutes } from './comments/comments.routes';
import { briefContract } from './brief/brief.contract';
import { briefRoutes } from './brief/brief.routes';
import { budgetContract } from './budget/budget.contract';
import { budgetRoutes } from './budget/budget.routes';
import { commerceContract } from './commerce/commerce.contract';
import { commerceRoutes } from './commerce/commerce.routes';
import { communesContract } from './communes/communes.contract';
import { communesRoutes } from './communes/communes.routes';
import { countsContract } from './counts/counts.contract';
import { countsRoutes } from './counts/counts.routes';
import { degreeDaysContract } from './degree-days/degree-days.contract';
import { degreeDaysRoutes } from './degree-days/degree-days.routes';
import { fluidsContract } from './fluids/fluids.contract';
import { fluidsRoutes } from './fluids/fluids.routes';
import { healthContract } from './health/health.contract';
import { healthRoutes } from './health/health.routes';
import { importsContract } from './imports/imports.contract';
import { importsRoutes } from './imports/imports.routes';
import { kpisContract } from './kpis/kpis.contract';
import { kpisRoutes } from './kpis/kpis.routes';
import { overviewContract } from './overview/overview.contract';
import { overviewRoutes } from './overview/overview.routes';
import { peersContract } from './peers/peers.contract';
import { peersRoutes } from './peers/peers.routes';

export interface ApiModule {
  name: string;
  routes: (deps: AppDeps) => Router;
  /** The module's operations (zod schemas), from which /api/v1/openapi.json is generated. */
  contract: Contract;
}

/** Every family registers here once: its router under /api/v1 and its documented paths. */
export const apiModules: ApiModule[] = [
  { name: 'health', routes: healthRoutes, contract: healthContract },
  { name: 'auth', routes: authRoutes, contract: authContract },
  { name: 'communes', routes: communesRoutes, contract: communesContract },
  { name: 'fluids', routes: fluidsRoutes, contract: fluidsContract },
  { name: 'degree-days', routes: degreeDaysRoutes, contract: degreeDaysContract },
  { name: 'overview', routes: overviewRoutes, contract: overviewContract },
  { name: 'kpis', routes: kpisRoutes, contract: kpisContract },
  { name: 'budget', routes: budgetRoutes, contract: budgetContract },
  { name: 'peers', routes: peersRoutes, contract: peersContract },
  { name: 'imports', routes: importsRoutes, contract: importsContract },
  { name: 'comments', routes: commentsRoutes, contract: commentsContract },
  { name: 'commerce', routes: commerceRoutes, contract: commerceContract },
  { name: 'counts', routes: countsRoutes, contract: countsContract },
  { name: 'alerts', routes: alertsRoutes, contract: alertsContract },
  { name: 'brief', routes: briefRoutes, contract: briefContract },
  { name: 'audit', routes: auditRoutes, contract: auditContract },
];
