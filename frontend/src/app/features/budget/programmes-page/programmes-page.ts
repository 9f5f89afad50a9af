import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { ExportLink } from '../export-link/export-link';
import { programmesPageActions } from '../state/programmes-page.actions';
import { TimelineFilter } from '../state/timeline-filter';
import { selectProgrammesViewModel } from '../state/budget.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/** The multi-year programmes (AP/CP): timeline with slippage, table with progress and cost, map of locations. */
@Component({
  selector: 'app-programmes-page',
  imports: [PageState, TranslatePipe, ChartCard, DataTable, LeafletMap, ExportLink],
  template: `
    @let view = vm();
    <h1>{{ 'budget.programmes.title' | t }}</h1>
    <p class="page-intro">{{ 'budget.programmes.intro' | t: { commune: view.communeName } }}</p>
    <app-page-state
      [status]="view.status"
      [hasData]="view.programmes.length > 0"
      [error]="view.error"
      [emptyMessage]="'budget.programmes.none' | t"
      (retry)="open()"
    >
      <ng-template>
        <fieldset class="modes">
          <legend>{{ 'budget.programmes.filter' | t }}</legend>
          @for (choice of view.timelineFilters; track choice.filter) {
            <label>
              <input
                type="radio"
                name="programmes-filter"
                [checked]="view.timelineFilter === choice.filter"
                (change)="showInTimeline(choice.filter)"
              />
              {{ choice.label }}
            </label>
          }
        </fieldset>
        <app-chart-card
          [heading]="view.timeline.heading"
          [summary]="view.timeline.summary"
          [options]="view.timeline.options"
          [columns]="view.timeline.columns"
          [rows]="view.timeline.rows"
          [fileName]="view.timeline.fileName + ' ' + view.communeName"
          [height]="timelineHeight(view.timeline.rows.length)"
        />

        <section class="section card" aria-labelledby="programmes-table">
          <h2 id="programmes-table" class="card-title">{{ 'budget.programmes.table' | t }}</h2>
          <app-data-table [caption]="view.table.caption" [columns]="view.table.columns" [rows]="view.table.rows" />
          <app-export-link [href]="view.xlsxUrl" [name]="view.table.caption" />
        </section>

        <section class="section" aria-labelledby="programmes-map">
          <h2 id="programmes-map">{{ 'budget.programmes.map' | t }}</h2>
          <app-leaflet-map
            [areas]="view.map.quartiers"
            [values]="view.map.values"
            valueKind="integer"
            [title]="view.map.title"
            [markers]="view.map.markers"
          />
        </section>
      </ng-template>
    </app-page-state>
  `,
})
export class ProgrammesPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectProgrammesViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(programmesPageActions.opened({ commune, year })));
    });
  }

  protected open(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(programmesPageActions.opened({ commune, year: this.year() }));
  }

  protected showInTimeline(filter: TimelineFilter): void {
    this.store.dispatch(programmesPageActions.timelineFilterChanged({ filter }));
  }

  /** One line per programme, readable whatever their number. */
  protected timelineHeight(count: number): string {
    return `${Math.max(320, 80 + count * 22)}px`;
  }
}
