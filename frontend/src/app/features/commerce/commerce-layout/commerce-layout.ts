import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionLink, SectionNav } from '../../../shared/ui/section-nav/section-nav';

/** The town-centre family's frame: vacancy, flows and the impact tool above the page shown. */
@Component({
  selector: 'app-commerce-layout',
  imports: [SectionNav, RouterOutlet],
  template: `
    <app-section-nav label="commerce.nav.label" [links]="links" />
    <router-outlet />
  `,
})
export class CommerceLayout {
  protected readonly links: readonly SectionLink[] = [
    { path: '/commerce', label: 'commerce.nav.vacancy', exact: true },
    { path: '/commerce/flux', label: 'commerce.nav.flows', exact: false },
    { path: '/commerce/impact', label: 'commerce.nav.impact', exact: false },
  ];
}
