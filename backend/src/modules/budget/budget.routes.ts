import { Router } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { budgetHandlers } from './budget.handlers';

/** Budget: law-public figures (documents budgétaires, ratios, AP/CP annexes), readable without an account. */
export function budgetRoutes(deps: AppDeps): Router {
  const handlers = budgetHandlers(deps);
  return Router()
    .get('/budget/ratios', handlers.ratios)
    .get('/budget/health', handlers.health)
    .get('/budget/budgets', handlers.budgets)
    .get('/budget/documents', handlers.documents)
    .get('/budget/thresholds', handlers.thresholds)
    .get('/budget/execution', handlers.execution)
    .get('/budget/lines', handlers.lines)
    .get('/budget/comparison', handlers.comparison)
    .get('/budget/structure', handlers.structure)
    .get('/budget/programmes', handlers.programmes)
    .get('/budget/programmes/:id/years', handlers.programmeYears)
    .get('/budget/investment', handlers.investment)
    .get('/budget/investment/operations', handlers.operations);
}
