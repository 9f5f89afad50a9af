import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { SignInOffer } from '../../../shared/ui/sign-in-offer/sign-in-offer';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { AcknowledgeEvent, AlertList } from '../alert-list/alert-list';
import { fluidsFileUrl } from '../data-access/fluids-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { AlertStatusFilter } from '../state/fluids-choices';
import { alertsPageActions } from '../state/fluids-page.actions';
import { selectFluidsAlertsViewModel } from '../state/fluids.selectors';

/** Every alert of the last 12 months, to acknowledge one by one, and the data-quality flags. */
@Component({
  selector: 'app-alerts-page',
  imports: [TranslatePipe, SignInOffer, AlertList, DataTable, DownloadLinks, LoadingState, ErrorState],
  template: `
    @let view = vm();
    <h1>{{ 'fluids.alerts.title' | t }}</h1>
    <p class="page-intro">{{ 'fluids.alerts.intro' | t }}</p>
    @if (reader() === 'public') {
      <app-sign-in-offer [what]="'fluids.reserved.alerts' | t" />
    } @else if (view.status === 'error') {
      <app-error-state [message]="view.error ?? ''" [retryable]="true" (retry)="open()" />
    } @else if (view.status !== 'loaded') {
      <app-loading-state />
    } @else {
      <section aria-labelledby="alerts-list">
        <h2 id="alerts-list">{{ 'fluids.alerts.table' | t }}</h2>
        <p>{{ view.summary }}</p>
        <fieldset class="filters">
          <legend>{{ 'fluids.alerts.filter' | t }}</legend>
          @for (status of statuses; track status.value) {
            <label>
              <input
                type="radio"
                name="alert-status"
                [checked]="view.statusFilter === status.value"
                (change)="filter(status.value)"
              />
              {{ status.label | t }}
            </label>
          }
        </fieldset>
        @if (view.actionError) {
          <p class="state state--error" role="alert">{{ view.actionError }}</p>
        }
        <app-alert-list
          [caption]="'fluids.alerts.table' | t"
          [alerts]="view.alerts"
          [actionable]="true"
          (acknowledge)="acknowledge($event)"
          (unacknowledge)="unacknowledge($event)"
        />
        <app-download-links
          [name]="'fluids.alerts.table' | t"
          [csv]="files().alerts.csv"
          [xlsx]="files().alerts.xlsx"
        />
      </section>

      <section aria-labelledby="alerts-quality">
        <h2 id="alerts-quality">{{ 'fluids.quality.title' | t }}</h2>
        <p>{{ 'fluids.quality.intro' | t }}</p>
        @if (view.quality.rows.length) {
          <app-data-table
            [caption]="'fluids.quality.table' | t"
            [columns]="view.quality.columns"
            [rows]="view.quality.rows"
          />
        } @else {
          <p>{{ 'fluids.quality.none' | t }}</p>
        }
        <app-download-links
          [name]="'fluids.quality.table' | t"
          [csv]="files().quality.csv"
          [xlsx]="files().quality.xlsx"
        />
      </section>
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      padding: 0.5rem 1rem;
      margin-block-end: 1rem;
    }
  `,
})
export class AlertsPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  /** What the reader may read: the public is offered to sign in, and nothing is asked of the API. */
  protected readonly reader = this.store.selectSignal(authFeature.selectReader);

  protected readonly vm = this.store.selectSignal(selectFluidsAlertsViewModel);
  protected readonly statuses = [
    { value: 'open', label: 'fluids.alerts.filter.open' },
    { value: 'acknowledged', label: 'fluids.alerts.filter.acknowledged' },
    { value: 'all', label: 'fluids.alerts.filter.all' },
  ] as const;
  protected readonly files = computed(() => {
    const params = { commune: this.commune() };
    return {
      alerts: {
        csv: fluidsFileUrl('alerts', params, 'csv'),
        xlsx: fluidsFileUrl('alerts', params, 'xlsx'),
      },
      quality: {
        csv: fluidsFileUrl('quality', params, 'csv'),
        xlsx: fluidsFileUrl('quality', params, 'xlsx'),
      },
    };
  });

  constructor() {
    effect(() => {
      if (this.commune() && this.reader() === 'internal') untracked(() => this.open());
    });
  }

  protected open(): void {
    const commune = this.commune();
    if (commune && this.reader() === 'internal') this.store.dispatch(alertsPageActions.opened({ commune }));
  }

  protected filter(status: AlertStatusFilter): void {
    this.store.dispatch(alertsPageActions.statusFilterChanged({ status }));
  }

  protected acknowledge({ key, comment }: AcknowledgeEvent): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.acknowledgeClicked({ commune, key, comment }));
  }

  protected unacknowledge(key: string): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.unacknowledgeClicked({ commune, key }));
  }
}
