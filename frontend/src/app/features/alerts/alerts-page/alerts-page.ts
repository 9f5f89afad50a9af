import { Component, effect, inject, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslationKey } from '../../../core/i18n/fr';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { DecisionList } from '../../brief/decision-list/decision-list';
import { AlertStatusFilter } from '../data-access/alert-rows';
import { AcknowledgeEvent, FluidsAlertTable } from '../fluids-alert-table/fluids-alert-table';
import { alertsPageActions } from '../state/alerts-page.actions';
import { selectAlertsViewModel } from '../state/alerts.selectors';

/**
 * The alerts centre: every family's alerts in one place (fluids with acknowledgement and a note; programmes over
 * budget or late and ratios past their thresholds), the thresholds in force, and what does not raise alerts yet.
 */
@Component({
  selector: 'app-alerts-page',
  imports: [TranslatePipe, RouterLink, FluidsAlertTable, DecisionList, LoadingState, ErrorState],
  template: `
    @let view = vm();
    <h1>{{ 'alerts.title' | t }}</h1>
    <p class="page-intro">{{ 'alerts.intro' | t: { commune: view.communeName } }}</p>
    @if (view.status === 'error') {
      <app-error-state [message]="view.error ?? ''" [retryable]="true" (retry)="open()" />
    } @else if (!view.fluids.length && view.status !== 'loaded') {
      <app-loading-state />
    } @else {
      <p class="summary" role="status">{{ view.summary }}</p>

      <section aria-labelledby="alerts-fluids">
        <h2 id="alerts-fluids">{{ 'alerts.fluids.title' | t }}</h2>
        <fieldset class="filters">
          <legend>{{ 'alerts.filter' | t }}</legend>
          @for (option of filters; track option.value) {
            <label>
              <input
                type="radio"
                name="alerts-status"
                [checked]="view.statusFilter === option.value"
                (change)="filter(option.value)"
              />
              {{ option.label | t }}
            </label>
          }
        </fieldset>
        @if (view.actionError) {
          <p class="state state--error" role="alert">{{ view.actionError }}</p>
        }
        <app-fluids-alert-table
          [alerts]="view.fluids"
          [canAcknowledge]="view.canAcknowledge"
          [busyKey]="view.busyKey"
          (acknowledge)="acknowledge($event)"
          (withdraw)="withdraw($event)"
        />
      </section>

      <section aria-labelledby="alerts-budget">
        <h2 id="alerts-budget">{{ 'alerts.budget.title' | t }}</h2>
        <app-decision-list [decisions]="view.budget" [staff]="true" />
      </section>

      <section aria-labelledby="alerts-thresholds">
        <h2 id="alerts-thresholds">{{ 'alerts.thresholds.title' | t }}</h2>
        <ul class="thresholds">
          @for (threshold of view.thresholds; track threshold.indicator) {
            <li>
              <strong>{{ threshold.indicator }}</strong> : {{ threshold.rule }}.
              <span class="source">{{ threshold.source }}</span>
            </li>
          }
          <li>
            {{ 'alerts.thresholds.fluids' | t }}
            <a routerLink="/fluids/regles" queryParamsHandling="preserve">{{
              'alerts.thresholds.fluidsLink' | t
            }}</a>
          </li>
        </ul>
      </section>
    }
  `,
  styles: `
    .summary {
      font-weight: 600;
      font-size: 1.1rem;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      padding: 0.5rem 1rem;
      margin-block-end: 1rem;
    }
    .thresholds li {
      margin-block-end: 0.4rem;
    }
    .source {
      color: var(--color-muted);
      font-size: 0.9rem;
    }
  `,
})
export class AlertsPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectAlertsViewModel);
  protected readonly filters: readonly { value: AlertStatusFilter; label: TranslationKey }[] = [
    { value: 'open', label: 'alerts.filter.open' },
    { value: 'acknowledged', label: 'alerts.filter.acknowledged' },
    { value: 'all', label: 'alerts.filter.all' },
  ];

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune)
        untracked(() => this.store.dispatch(alertsPageActions.opened({ commune, year })));
    });
  }

  protected open(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.opened({ commune, year: this.year() }));
  }

  protected filter(status: AlertStatusFilter): void {
    this.store.dispatch(alertsPageActions.statusFilterChanged({ status }));
  }

  protected acknowledge({ key, comment }: AcknowledgeEvent): void {
    const commune = this.commune();
    if (commune)
      this.store.dispatch(alertsPageActions.acknowledgeSubmitted({ commune, key, comment }));
  }

  protected withdraw(key: string): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.acknowledgementWithdrawn({ commune, key }));
  }
}
