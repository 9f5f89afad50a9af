import { Routes } from '@angular/router';
import { OVERVIEW_ROUTES } from './features/overview/overview.routes';

/**
 * Each page family is a lazy chunk, except the overview: it is the first page, so it comes with the first load
 * (no second round trip before the key figures). Route titles are translation keys (see PageTitleStrategy).
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'overview',
    title: 'nav.overview',
    children: OVERVIEW_ROUTES,
  },
  {
    path: 'budget',
    title: 'nav.budget',
    loadChildren: () => import('./features/budget/budget.routes').then((m) => m.BUDGET_ROUTES),
  },
  {
    path: 'fluids',
    title: 'nav.fluids',
    loadChildren: () => import('./features/fluids/fluids.routes').then((m) => m.FLUIDS_ROUTES),
  },
  {
    path: 'commerce',
    title: 'nav.commerce',
    loadChildren: () => import('./features/commerce/commerce.routes').then((m) => m.COMMERCE_ROUTES),
  },
  {
    path: 'quartiers',
    title: 'nav.quartiers',
    loadChildren: () => import('./features/neighbourhood/neighbourhood.routes').then((m) => m.NEIGHBOURHOOD_ROUTES),
  },
  {
    path: 'brief',
    title: 'nav.brief',
    loadChildren: () => import('./features/brief/brief.routes').then((m) => m.BRIEF_ROUTES),
  },
  {
    path: 'presentation',
    title: 'nav.presentation',
    loadChildren: () => import('./features/presentation/presentation.routes').then((m) => m.PRESENTATION_ROUTES),
  },
  {
    path: 'imports',
    title: 'nav.imports',
    loadChildren: () => import('./features/imports/imports.routes').then((m) => m.IMPORTS_ROUTES),
  },
  {
    path: 'alerts',
    title: 'nav.alerts',
    loadChildren: () => import('./features/alerts/alerts.routes').then((m) => m.ALERTS_ROUTES),
  },
  {
    path: 'login',
    title: 'login.title',
    loadChildren: () => import('./features/login/login.routes').then((m) => m.LOGIN_ROUTES),
  },
  { path: '**', redirectTo: 'overview' },
];
