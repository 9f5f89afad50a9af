import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { providePeers } from '../budget/peers/state/provide-peers';
import { provideEagerCharts } from '../../shared/ui/chart-card/eager-charts';
import { BriefPage } from './brief-page/brief-page';
import * as briefEffects from './state/brief.effects';
import { briefFeature } from './state/brief.feature';

export const BRIEF_ROUTES: Routes = [
  {
    path: '',
    component: BriefPage,
    // a document for paper: every chart drawn at once, not when scrolled into view
    providers: [
      provideState(briefFeature),
      provideEffects(briefEffects),
      providePeers(),
      provideEagerCharts(),
    ],
  },
];
