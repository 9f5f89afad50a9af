import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { OverviewPage } from './overview-page/overview-page';
import * as overviewEffects from './state/overview.effects';
import { overviewFeature } from './state/overview.feature';

export const OVERVIEW_ROUTES: Routes = [
  {
    path: '',
    component: OverviewPage,
    providers: [provideState(overviewFeature), provideEffects(overviewEffects)],
  },
];
