import { Component, effect, inject, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { DecisionList } from '../decision-list/decision-list';
import { AlertThresholdTable, ThresholdChange } from '../alert-threshold-table/alert-threshold-table';
import { AlertStatusFilter, FamilyAlertKind } from '../data-access/alert-rows';
import { FamilyAlertTable } from '../family-alert-table/family-alert-table';
import { AcknowledgeEvent, FluidsAlertTable } from '../fluids-alert-table/fluids-alert-table';
import { alertsPageActions } from '../state/alerts-page.actions';
import { selectAlertsViewModel, selectAlertThresholdsViewModel } from '../state/alerts.selectors';

/**
 * The alerts centre: every family's alerts in one place, one section each (fluids of the buildings, programmes
 * AP/CP, retail vacancy, footfall), acknowledged with a note by editors; the budget ratios past their thresholds;
 * the thresholds in force, which editors may change. Each part loads on its own: one failing blanks no other.
 */
@Component({
  selector: 'app-alerts-page',
  imports: [
    TranslatePipe,
    RouterLink,
    FluidsAlertTable,
    FamilyAlertTable,
    AlertThresholdTable,
    DecisionList,
    LoadingState,
    ErrorState,
  ],
  templateUrl: './alerts-page.html',
  styleUrl: './alerts-page.scss',
})
export class AlertsPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectAlertsViewModel);
  protected readonly thresholdsVm = this.store.selectSignal(selectAlertThresholdsViewModel);
  protected readonly filters: readonly { value: AlertStatusFilter; label: TranslationKey }[] = [
    { value: 'open', label: 'alerts.filter.open' },
    { value: 'acknowledged', label: 'alerts.filter.acknowledged' },
    { value: 'all', label: 'alerts.filter.all' },
  ];

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(alertsPageActions.opened({ commune, year })));
    });
  }

  protected open(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.opened({ commune, year: this.year() }));
  }

  protected retryFamilies(): void {
    this.store.dispatch(alertsPageActions.familyAlertsRetried());
  }

  protected filter(status: AlertStatusFilter): void {
    this.store.dispatch(alertsPageActions.statusFilterChanged({ status }));
  }

  protected acknowledge({ key, comment }: AcknowledgeEvent): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.acknowledgeSubmitted({ commune, key, comment }));
  }

  protected withdraw(key: string): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.acknowledgementWithdrawn({ commune, key }));
  }

  protected acknowledgeFamilyAlert({ key, comment }: AcknowledgeEvent): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.familyAlertAcknowledgeSubmitted({ commune, key, comment }));
  }

  protected withdrawFamilyAlert(key: string): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.familyAlertAcknowledgementWithdrawn({ commune, key }));
  }

  protected changeThreshold({ kind, value }: ThresholdChange): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.thresholdSubmitted({ commune, kind, value }));
  }

  protected resetThreshold(kind: FamilyAlertKind): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(alertsPageActions.thresholdReset({ commune, kind }));
  }
}
