import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AlertsPage } from './alerts-page/alerts-page';
import { BuildingPage } from './building-page/building-page';
import { FluidsLayout } from './fluids-layout/fluids-layout';
import { FluidsPage } from './fluids-page/fluids-page';
import { RulesPage } from './rules-page/rules-page';
import * as fluidsEffects from './state/fluids.effects';
import { fluidsFeature } from './state/fluids.feature';
import { TrajectoryPage } from './trajectory-page/trajectory-page';

export const FLUIDS_ROUTES: Routes = [
  {
    path: '',
    component: FluidsLayout,
    providers: [provideState(fluidsFeature), provideEffects(fluidsEffects)],
    children: [
      { path: '', pathMatch: 'full', component: FluidsPage },
      { path: 'alertes', component: AlertsPage, title: 'fluids.alerts.title' },
      { path: 'batiments/:building', component: BuildingPage, title: 'fluids.title' },
      { path: 'decret-tertiaire', component: TrajectoryPage, title: 'fluids.trajectory.title' },
      { path: 'regles', component: RulesPage, title: 'fluids.rules.title' },
    ],
  },
];
