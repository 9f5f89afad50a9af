import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { KpiGrid } from '../../../shared/ui/kpi-card/kpi-grid';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { AreaId } from '../../../shared/ui/leaflet-map/map-area';
import { AlertList } from '../alert-list/alert-list';
import { fluidsFileUrl } from '../data-access/fluids-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { MapMode } from '../state/fluids-choices';
import { fluidsPageActions } from '../state/fluids-page.actions';
import { selectFluidsOverviewViewModel } from '../state/fluids.selectors';
import { PageState } from '../../../shared/ui/states/page-state';
import { SignInOffer } from '../../../shared/ui/sign-in-offer/sign-in-offer';

/**
 * The fluids of the commune and year of the header: key figures, monthly bills and energy, each type of building,
 * and the map of quartiers, for everyone; for staff, also the costliest alerts, the buildings ranked by intensity
 * beside their type's median, the largest rises and the buildings on the map. The public is offered to sign in
 * where those would be, and the page never asks the API for them.
 */
@Component({
  selector: 'app-fluids-page',
  imports: [
    PageState,
    RouterLink,
    TranslatePipe,
    KpiGrid,
    ChartCard,
    DataTable,
    LeafletMap,
    AlertList,
    DownloadLinks,
    SignInOffer,
  ],
  templateUrl: './fluids-page.html',
  styleUrl: './fluids-page.scss',
})
export class FluidsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly reader = this.store.selectSignal(authFeature.selectReader);

  protected readonly vm = this.store.selectSignal(selectFluidsOverviewViewModel);
  protected readonly files = computed(() => {
    const params = { commune: this.commune(), year: this.year() };
    return {
      csv: fluidsFileUrl('buildings', params, 'csv'),
      xlsx: fluidsFileUrl('buildings', params, 'xlsx'),
    };
  });
  protected readonly modes: readonly MapMode[] = ['intensity', 'alerts'];

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      const reader = this.reader();
      if (commune && reader) untracked(() => this.store.dispatch(fluidsPageActions.opened({ commune, year, reader })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    const reader = this.reader();
    if (commune && reader) this.store.dispatch(fluidsPageActions.opened({ commune, year: this.year(), reader }));
  }

  protected changeMode(mode: MapMode): void {
    this.store.dispatch(fluidsPageActions.mapModeChanged({ mode }));
  }

  protected openBuilding(id: AreaId): void {
    void this.router.navigate(['/fluids/batiments', String(id)], {
      queryParamsHandling: 'preserve',
    });
  }
}
