import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CommerceLayout } from './commerce-layout/commerce-layout';
import { CommercePage } from './commerce-page/commerce-page';
import { FlowsPage } from './flows-page/flows-page';
import { ImpactPage } from './impact-page/impact-page';
import * as commerceEffects from './state/commerce.effects';
import { commerceFeature } from './state/commerce.feature';
import { StreetPage } from './street-page/street-page';

export const COMMERCE_ROUTES: Routes = [
  {
    path: '',
    component: CommerceLayout,
    providers: [provideState(commerceFeature), provideEffects(commerceEffects)],
    children: [
      { path: '', pathMatch: 'full', component: CommercePage },
      { path: 'rues/:street', component: StreetPage, title: 'commerce.street.title' },
      { path: 'flux', component: FlowsPage, title: 'commerce.flows.title' },
      { path: 'impact', component: ImpactPage, title: 'commerce.impact.title' },
    ],
  },
];
