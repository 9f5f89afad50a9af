import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { BriefPage } from './brief-page/brief-page';
import * as briefEffects from './state/brief.effects';
import { briefFeature } from './state/brief.feature';

export const BRIEF_ROUTES: Routes = [
  {
    path: '',
    component: BriefPage,
    providers: [provideState(briefFeature), provideEffects(briefEffects)],
  },
];
