import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';
import { QuartierMapPanel } from '../../../shared/quartiers/quartier-map-panel/quartier-map-panel';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { KpiCard } from '../../../shared/ui/kpi-card/kpi-card';
import { EmptyState } from '../../../shared/ui/states/empty-state';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { overviewPageActions } from '../state/overview-page.actions';
import { selectOverviewViewModel } from '../state/overview.selectors';

/** Key figures of the year, their trends and the quartiers map, for the commune and year of the header. */
@Component({
  selector: 'app-overview-page',
  imports: [
    TranslatePipe,
    KpiCard,
    ChartCard,
    QuartierMapPanel,
    LoadingState,
    ErrorState,
    EmptyState,
  ],
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
      if (commune)
        untracked(() => this.store.dispatch(overviewPageActions.opened({ commune, year })));
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
