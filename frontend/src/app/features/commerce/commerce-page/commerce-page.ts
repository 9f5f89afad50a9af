import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { KpiGrid } from '../../../shared/ui/kpi-card/kpi-grid';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { AreaId } from '../../../shared/ui/leaflet-map/map-area';
import { townCentreFileUrl } from '../data-access/commerce-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { asOfDate, MAP_MODES, MapMode } from '../state/commerce-choices';
import { commercePageActions } from '../state/commerce-page.actions';
import { selectCommerceViewModel } from '../state/commerce.selectors';
import { StreetList } from '../street-list/street-list';
import { PageState } from '../../../shared/ui/states/page-state';

/**
 * Commercial vacancy of the commune on the last day of the header's year (today for the year in progress): key
 * figures, the map of premises and counters, the streets ranked by vacancy and by its rise, footfall beside vacancy,
 * the trend, openings and closures, the activity mix and how long premises stay empty.
 */
@Component({
  selector: 'app-commerce-page',
  imports: [PageState, TranslatePipe, FormatValuePipe, KpiGrid, ChartCard, LeafletMap, StreetList, DownloadLinks],
  templateUrl: './commerce-page.html',
})
export class CommercePage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectCommerceViewModel);
  protected readonly modes = MAP_MODES;
  protected readonly files = computed(() => {
    const params = { commune: this.commune(), date: this.vm().date, by: 'street' };
    return {
      csv: townCentreFileUrl('commerce/vacancy', params, 'csv'),
      xlsx: townCentreFileUrl('commerce/vacancy', params, 'xlsx'),
    };
  });

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.open(commune, year));
    });
  }

  private open(commune: string, year: number): void {
    this.store.dispatch(commercePageActions.opened({ commune, year, date: asOfDate(year, new Date()) }));
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.open(commune, this.year());
  }

  protected changeMode(mode: MapMode): void {
    this.store.dispatch(commercePageActions.mapModeChanged({ mode }));
  }

  protected selectQuartier(id: AreaId): void {
    this.store.dispatch(commercePageActions.quartierSelected({ quartierId: Number(id) }));
  }

  /** A premises or a counter on the map leads to its street. */
  protected openStreet(id: AreaId): void {
    const street = this.vm().map.streetOf.get(id);
    if (street) void this.router.navigate(['/commerce/rues', street], { queryParamsHandling: 'preserve' });
  }
}
