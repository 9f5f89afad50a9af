import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { providePeers } from './peers/state/provide-peers';
import { BudgetLayout } from './budget-layout/budget-layout';
import { BudgetPage } from './budget-page/budget-page';
import { PartnersPage } from './partners-page/partners-page';
import { PlacesPage } from './places-page/places-page';
import { ProgrammesPage } from './programmes-page/programmes-page';
import * as budgetEffects from './state/budget.effects';
import { budgetFeature } from './state/budget.feature';

export const BUDGET_ROUTES: Routes = [
  {
    path: '',
    component: BudgetLayout,
    providers: [provideState(budgetFeature), provideEffects(budgetEffects), providePeers()],
    children: [
      { path: '', pathMatch: 'full', component: BudgetPage },
      { path: 'programmes', component: ProgrammesPage, title: 'budget.programmes.title' },
      { path: 'quartiers', component: PlacesPage, title: 'budget.places.title' },
      { path: 'comparaison', component: PartnersPage, title: 'budget.partners.title' },
    ],
  },
];
