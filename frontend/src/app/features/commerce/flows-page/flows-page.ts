import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { SiteKind } from '../data-access/commerce-rows';
import { yearPeriod } from '../state/commerce-choices';
import { flowsPageActions } from '../state/commerce-page.actions';
import { selectFlowsViewModel } from '../state/commerce.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/**
 * Flow counts of the year: the counting sites with their volumes and completeness, monthly flows per zone since
 * the counters started, the daily series of a zone with its gaps, its typical week, and the year against the last.
 */
@Component({
  selector: 'app-flows-page',
  imports: [PageState, TranslatePipe, FormatValuePipe, ChartCard, DataTable, LeafletMap],
  templateUrl: './flows-page.html',
})
export class FlowsPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectFlowsViewModel);

  constructor() {
    effect(() => {
      const [commune, year] = [this.commune(), this.year()];
      if (commune) untracked(() => this.open(commune, year));
    });
  }

  private open(commune: string, year: number): void {
    this.store.dispatch(flowsPageActions.opened({ commune, year, ...yearPeriod(year, new Date()) }));
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.open(commune, this.year());
  }

  protected selectZone(zone: string): void {
    this.store.dispatch(flowsPageActions.zoneSelected({ zone: zone || null }));
  }

  protected selectKind(kind: SiteKind): void {
    this.store.dispatch(flowsPageActions.kindSelected({ kind }));
  }
}
