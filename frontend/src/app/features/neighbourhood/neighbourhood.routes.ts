import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { NeighbourhoodPage } from './neighbourhood-page/neighbourhood-page';
import * as neighbourhoodEffects from './state/neighbourhood.effects';
import { neighbourhoodFeature } from './state/neighbourhood.feature';

export const NEIGHBOURHOOD_ROUTES: Routes = [
  {
    path: '',
    component: NeighbourhoodPage,
    providers: [provideState(neighbourhoodFeature), provideEffects(neighbourhoodEffects)],
  },
];
