import { Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { SectionLink, SectionNav } from '../../../shared/ui/section-nav/section-nav';

const LINKS: readonly (SectionLink & { internal: boolean })[] = [
  { path: '/fluids', label: 'fluids.nav.overview', exact: true, internal: false },
  { path: '/fluids/alertes', label: 'fluids.nav.alerts', exact: false, internal: true },
  { path: '/fluids/decret-tertiaire', label: 'fluids.nav.trajectory', exact: false, internal: false },
  { path: '/fluids/regles', label: 'fluids.nav.rules', exact: false, internal: true },
];

/** The fluids family's frame: its pages above the page shown; the pages of internal details for staff only. */
@Component({
  selector: 'app-fluids-layout',
  imports: [SectionNav, RouterOutlet],
  template: `
    <app-section-nav label="fluids.nav.label" [links]="links()" />
    <router-outlet />
  `,
})
export class FluidsLayout {
  private readonly reader = inject(Store).selectSignal(authFeature.selectReader);
  protected readonly links = computed(() => LINKS.filter((link) => !link.internal || this.reader() === 'internal'));
}
