import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionLink, SectionNav } from '../../../shared/ui/section-nav/section-nav';

/** The budget family's frame: summary, programmes, where the money goes, partner communes, above the page shown. */
@Component({
  selector: 'app-budget-layout',
  imports: [SectionNav, RouterOutlet],
  template: `
    <app-section-nav label="budget.nav.label" [links]="links" />
    <router-outlet />
  `,
})
export class BudgetLayout {
  protected readonly links: readonly SectionLink[] = [
    { path: '/budget', label: 'budget.nav.overview', exact: true },
    { path: '/budget/programmes', label: 'budget.nav.programmes', exact: false },
    { path: '/budget/quartiers', label: 'budget.nav.places', exact: false },
    { path: '/budget/comparaison', label: 'budget.nav.partners', exact: false },
  ];
}
