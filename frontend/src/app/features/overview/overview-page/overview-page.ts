import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';
import { QuartierMapPanel } from '../../../shared/quartiers/quartier-map-panel/quartier-map-panel';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { KpiGrid } from '../../../shared/ui/kpi-card/kpi-grid';
import { overviewPageActions } from '../state/overview-page.actions';
import { selectOverviewViewModel } from '../state/overview.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/** Key figures of the year, their trends and the quartiers map, for the commune and year of the header. */
@Component({
  selector: 'app-overview-page',
  imports: [PageState, TranslatePipe, KpiGrid, ChartCard, QuartierMapPanel],
  templateUrl: './overview-page.html',
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectOverviewViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(overviewPageActions.opened({ commune, year })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(overviewPageActions.opened({ commune, year: this.year() }));
  }

  protected changeIndicator(indicator: QuartierIndicatorKey): void {
    this.store.dispatch(overviewPageActions.indicatorChanged({ indicator }));
  }

  protected selectQuartier(quartierId: number | null): void {
    this.store.dispatch(overviewPageActions.quartierSelected({ quartierId }));
  }
}
