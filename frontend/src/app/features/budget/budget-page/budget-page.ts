import { Component } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { EmptyState } from '../../../shared/ui/states/empty-state';

/** Placeholder until the budget family is built: says what the page will show. */
@Component({
  selector: 'app-budget-page',
  imports: [TranslatePipe, EmptyState],
  template: `
    <h1>{{ 'budget.title' | t }}</h1>
    <p class="page-intro">{{ 'budget.description' | t }}</p>
    <app-empty-state [message]="'placeholder.soon' | t" />
  `,
})
export class BudgetPage {}
