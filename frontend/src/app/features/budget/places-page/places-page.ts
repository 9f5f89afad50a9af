import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { AreaId } from '../../../shared/ui/leaflet-map/map-area';
import { EmptyState } from '../../../shared/ui/states/empty-state';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { ExportLink } from '../export-link/export-link';
import { PlaceMeasure } from '../state/place-measure';
import { placesPageActions } from '../state/places-page.actions';
import { selectPlacesViewModel } from '../state/budget.selectors';

/**
 * Where the money goes: investment per quartier on a map (euros or euros per inhabitant), programmes as points;
 * picking a quartier lists what was paid there. The table under the map says the same for screen readers.
 */
@Component({
  selector: 'app-places-page',
  imports: [TranslatePipe, LeafletMap, DataTable, ExportLink, LoadingState, ErrorState, EmptyState],
  templateUrl: './places-page.html',
  styleUrl: './places-page.scss',
})
export class PlacesPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectPlacesViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(placesPageActions.opened({ commune, year })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(placesPageActions.opened({ commune, year: this.year() }));
  }

  protected changeMeasure(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as PlaceMeasure;
    if (value === 'total' || value === 'per_inhabitant')
      this.store.dispatch(placesPageActions.measureChanged({ measure: value }));
  }

  protected selectQuartier(id: AreaId | null): void {
    const commune = this.commune();
    if (!commune) return;
    const quartierId = id === null ? null : Number(id);
    this.store.dispatch(placesPageActions.quartierSelected({ commune, year: this.year(), quartierId }));
  }
}
