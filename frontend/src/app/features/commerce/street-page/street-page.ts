import { Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { contextFeature } from '../../../core/context/context.feature';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { KpiCard } from '../../../shared/ui/kpi-card/kpi-card';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { townCentreFileUrl } from '../data-access/commerce-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { asOfDate } from '../state/commerce-choices';
import { streetPageActions } from '../state/commerce-page.actions';
import { selectStreetViewModel } from '../state/commerce.selectors';

/**
 * One street: vacancy and footfall month by month, the timeline of its premises, their status today, their
 * activities, and the interventions on it with a link to their impact analysis.
 */
@Component({
  selector: 'app-street-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormatValuePipe,
    KpiCard,
    ChartCard,
    DataTable,
    DownloadLinks,
    LoadingState,
    ErrorState,
  ],
  templateUrl: './street-page.html',
})
export class StreetPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly street = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('street'))),
    { initialValue: null },
  );

  protected readonly vm = this.store.selectSignal(selectStreetViewModel);
  protected readonly files = computed(() => {
    const params = { commune: this.commune(), street: this.street() };
    return {
      csv: townCentreFileUrl('commerce/streets/timeline', params, 'csv'),
      xlsx: townCentreFileUrl('commerce/streets/timeline', params, 'xlsx'),
    };
  });

  constructor() {
    effect(() => {
      const [commune, year, street] = [this.commune(), this.year(), this.street()];
      if (commune && street) untracked(() => this.open(commune, year, street));
    });
  }

  private open(commune: string, year: number, street: string): void {
    this.store.dispatch(
      streetPageActions.opened({ commune, year, street, date: asOfDate(year, new Date()) }),
    );
  }

  /** Back here after signing in. */
  protected returnUrl(): string {
    return this.router.url;
  }

  protected retry(): void {
    const [commune, street] = [this.commune(), this.street()];
    if (commune && street) this.open(commune, this.year(), street);
  }
}
