import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { QuartierIndicatorKey } from '../../../shared/quartiers/quartier-indicator';
import { QuartierMapPanel } from '../../../shared/quartiers/quartier-map-panel/quartier-map-panel';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { EmptyState } from '../../../shared/ui/states/empty-state';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { quartiersPageActions } from '../state/quartiers-page.actions';
import { selectNeighbourhoodViewModel } from '../state/neighbourhood.selectors';

/** The quartiers of the commune: map by indicator, comparison chart and the full figures table. */
@Component({
  selector: 'app-neighbourhood-page',
  imports: [TranslatePipe, QuartierMapPanel, ChartCard, DataTable, LoadingState, ErrorState, EmptyState],
  templateUrl: './neighbourhood-page.html',
})
export class NeighbourhoodPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectNeighbourhoodViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(quartiersPageActions.opened({ commune, year })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(quartiersPageActions.opened({ commune, year: this.year() }));
  }

  protected changeIndicator(indicator: QuartierIndicatorKey): void {
    this.store.dispatch(quartiersPageActions.indicatorChanged({ indicator }));
  }

  protected selectQuartier(quartierId: number | null): void {
    this.store.dispatch(quartiersPageActions.quartierSelected({ quartierId }));
  }
}
