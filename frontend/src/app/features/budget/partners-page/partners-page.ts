import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { PeersSection } from '../peers/peers-section/peers-section';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ExportLink } from '../export-link/export-link';
import { partnersPageActions } from '../state/partners-page.actions';
import { selectPartnersViewModel } from '../state/budget.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/** The commune beside its partner communes: the same ratios, computed the same way, and the same structure. */
@Component({
  selector: 'app-partners-page',
  imports: [PageState, TranslatePipe, ChartCard, DataTable, ExportLink, PeersSection],
  template: `
    @let view = vm();
    <h1>{{ 'budget.partners.title' | t }}</h1>
    @if (view.communes) {
      <p class="page-intro">
        {{ 'budget.partners.intro' | t: { communes: view.communes, year: view.year } }}
      </p>
    }
    <app-page-state
      [status]="view.status"
      [hasData]="view.table.rows.length > 0"
      [error]="view.error"
      [emptyMessage]="'budget.partners.none' | t: { year: view.year }"
      (retry)="open()"
    >
      <ng-template>
        <section class="card" aria-labelledby="partners-table">
          <h2 id="partners-table" class="card-title">{{ 'budget.partners.table' | t }}</h2>
          <app-data-table [caption]="view.table.caption" [columns]="view.table.columns" [rows]="view.table.rows" />
          <app-export-link [href]="view.files.comparison" [name]="view.table.caption" />
        </section>

        <div class="section">
          <div class="grid grid--wide">
            @for (chart of view.charts; track chart.id) {
              <app-chart-card
                [heading]="chart.heading"
                [summary]="chart.summary"
                [options]="chart.options"
                [columns]="chart.columns"
                [rows]="chart.rows"
                [fileName]="chart.fileName"
                height="260px"
              />
            }
          </div>
        </div>

        <section class="section" aria-labelledby="partners-structure">
          <h2 id="partners-structure">{{ 'budget.partners.structure' | t }}</h2>
          <div class="field axis">
            <label for="partners-axis">{{ 'budget.partners.axis' | t }}</label>
            <select id="partners-axis" (change)="changeAxis($event)">
              <option value="nature" [selected]="view.axis === 'nature'">
                {{ 'budget.partners.byNature' | t }}
              </option>
              <option value="function" [selected]="view.axis === 'function'">
                {{ 'budget.partners.byFunction' | t }}
              </option>
            </select>
          </div>
          <app-chart-card
            [heading]="view.structure.heading"
            [summary]="view.structure.summary"
            [options]="view.structure.options"
            [columns]="view.structure.columns"
            [rows]="view.structure.rows"
            [fileName]="view.structure.fileName"
            height="420px"
          />
          <app-export-link [href]="view.files.structure" [name]="view.structure.heading" />
        </section>
      </ng-template>
    </app-page-state>
    @if (commune(); as insee) {
      <div class="section"><app-peers-section [commune]="insee" headingId="partners" /></div>
    }
  `,
  styles: `
    .axis {
      max-inline-size: 18rem;
      margin-block-end: 0.75rem;
    }
  `,
})
export class PartnersPage {
  private readonly store = inject(Store);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  protected readonly commune = this.store.selectSignal(contextFeature.selectCommune);

  protected readonly vm = this.store.selectSignal(selectPartnersViewModel);

  constructor() {
    effect(() => {
      const year = this.year();
      untracked(() => this.store.dispatch(partnersPageActions.opened({ year, axis: this.vm().axis })));
    });
  }

  protected open(): void {
    this.store.dispatch(partnersPageActions.opened({ year: this.year(), axis: this.vm().axis }));
  }

  protected changeAxis(event: Event): void {
    const axis = (event.target as HTMLSelectElement).value;
    if (axis === 'nature' || axis === 'function')
      this.store.dispatch(partnersPageActions.axisChanged({ year: this.year(), axis }));
  }
}
