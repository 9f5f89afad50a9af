import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { EmptyState } from '../../../shared/ui/states/empty-state';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { SignInOffer } from '../../../shared/ui/sign-in-offer/sign-in-offer';
import { fluidsFileUrl } from '../data-access/fluids-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { trajectoryPageActions } from '../state/fluids-page.actions';
import { selectFluidsTrajectoryViewModel } from '../state/fluids.selectors';

/**
 * The décret tertiaire: the commune's buildings of 1,000 m² or more together on their path (for everyone); for
 * staff, each building's position in the year of the header and the OPERAT file of that year.
 */
@Component({
  selector: 'app-trajectory-page',
  imports: [TranslatePipe, ChartCard, DataTable, DownloadLinks, LoadingState, ErrorState, EmptyState, SignInOffer],
  template: `
    @let view = vm();
    <h1>{{ 'fluids.trajectory.title' | t }}</h1>
    <p class="page-intro">{{ 'fluids.trajectory.intro' | t }}</p>
    @if (view.status === 'error') {
      <app-error-state [message]="view.error ?? ''" [retryable]="true" (retry)="open()" />
    } @else if (view.status !== 'loaded') {
      <app-loading-state />
    } @else if (!view.hasData) {
      <app-empty-state />
    } @else {
      <section aria-labelledby="trajectory-commune">
        <h2 id="trajectory-commune">{{ 'fluids.communeTrajectory.section' | t }}</h2>
        <app-chart-card
          [level]="3"
          [heading]="view.commune.heading"
          [summary]="view.commune.summary"
          [options]="view.commune.options"
          [columns]="view.commune.columns"
          [rows]="view.commune.rows"
          height="400px"
        />
      </section>
      @if (view.internal) {
        <app-chart-card
          [heading]="view.list.heading"
          [summary]="view.list.summary"
          [options]="view.list.options"
          [columns]="view.list.columns"
          [rows]="view.list.rows"
          height="480px"
        />
        <section aria-labelledby="trajectory-table">
          <h2 id="trajectory-table">{{ 'fluids.trajectory.table' | t: { year: view.year } }}</h2>
          <app-data-table
            [caption]="'fluids.trajectory.table' | t: { year: view.year }"
            [columns]="view.list.columns"
            [rows]="view.list.rows"
          />
          @for (note of view.list.notes; track note) {
            <p class="table-note">{{ note }}</p>
          }
        </section>
        <section aria-labelledby="trajectory-operat">
          <h2 id="trajectory-operat">{{ 'fluids.trajectory.operat' | t: { year: view.year } }}</h2>
          <app-download-links
            [name]="'fluids.trajectory.operat' | t: { year: view.year }"
            [csv]="files().csv"
            [xlsx]="files().xlsx"
          />
        </section>
      } @else {
        <app-sign-in-offer [what]="'fluids.reserved.trajectory' | t" />
      }
    }
  `,
})
export class TrajectoryPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly reader = this.store.selectSignal(authFeature.selectReader);

  protected readonly vm = this.store.selectSignal(selectFluidsTrajectoryViewModel);
  protected readonly files = computed(() => {
    const params = { commune: this.commune(), year: this.year() };
    return {
      csv: fluidsFileUrl('operat', params, 'csv'),
      xlsx: fluidsFileUrl('operat', params, 'xlsx'),
    };
  });

  constructor() {
    effect(() => {
      this.commune();
      this.year();
      this.reader();
      untracked(() => this.open());
    });
  }

  protected open(): void {
    const commune = this.commune();
    const reader = this.reader();
    if (commune && reader) this.store.dispatch(trajectoryPageActions.opened({ commune, year: this.year(), reader }));
  }
}
