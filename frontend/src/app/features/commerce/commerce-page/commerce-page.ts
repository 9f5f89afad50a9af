import { Component } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { EmptyState } from '../../../shared/ui/states/empty-state';

/** Placeholder until the commerce family is built: says what the page will show. */
@Component({
  selector: 'app-commerce-page',
  imports: [TranslatePipe, EmptyState],
  template: `
    <h1>{{ 'commerce.title' | t }}</h1>
    <p class="page-intro">{{ 'commerce.description' | t }}</p>
    <app-empty-state [message]="'placeholder.soon' | t" />
  `,
})
export class CommercePage {}
