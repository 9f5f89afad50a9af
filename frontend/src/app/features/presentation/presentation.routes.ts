import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PresentationPage } from './presentation-page/presentation-page';
import * as presentationEffects from './state/presentation.effects';
import { presentationFeature } from './state/presentation.feature';

export const PRESENTATION_ROUTES: Routes = [
  {
    path: '',
    component: PresentationPage,
    providers: [provideState(presentationFeature), provideEffects(presentationEffects)],
  },
];
