import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from '../../core/auth/require-role';
import { STAFF_ROLES } from '../../core/auth/session-user';
import { AlertsPage } from './alerts-page/alerts-page';
import * as alertsEffects from './state/alerts.effects';
import { alertsFeature } from './state/alerts.feature';

export const ALERTS_ROUTES: Routes = [
  {
    path: '',
    component: AlertsPage,
    canActivate: [requireRole(...STAFF_ROLES)],
    providers: [provideState(alertsFeature), provideEffects(alertsEffects)],
  },
];
