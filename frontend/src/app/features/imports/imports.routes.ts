import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireRole } from '../../core/auth/require-role';
import { EDITOR_ROLES } from '../../core/auth/session-user';
import { ImportsPage } from './imports-page/imports-page';
import * as auditLogEffects from './state/audit-log.effects';
import { auditLogFeature } from './state/audit-log.feature';
import * as importsEffects from './state/imports.effects';
import { importsFeature } from './state/imports.feature';

export const IMPORTS_ROUTES: Routes = [
  {
    path: '',
    component: ImportsPage,
    canActivate: [requireRole(...EDITOR_ROLES)],
    providers: [
      provideState(importsFeature),
      provideState(auditLogFeature),
      provideEffects(importsEffects, auditLogEffects),
    ],
  },
];
