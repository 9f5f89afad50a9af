import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionLink, SectionNav } from '../../../shared/ui/section-nav/section-nav';

/** The fluids family's frame: its pages above the page shown. */
@Component({
  selector: 'app-fluids-layout',
  imports: [SectionNav, RouterOutlet],
  template: `
    <app-section-nav label="fluids.nav.label" [links]="links" />
    <router-outlet />
  `,
})
export class FluidsLayout {
  protected readonly links: readonly SectionLink[] = [
    { path: '/fluids', label: 'fluids.nav.overview', exact: true },
    { path: '/fluids/alertes', label: 'fluids.nav.alerts', exact: false },
    { path: '/fluids/decret-tertiaire', label: 'fluids.nav.trajectory', exact: false },
    { path: '/fluids/regles', label: 'fluids.nav.rules', exact: false },
  ];
}
