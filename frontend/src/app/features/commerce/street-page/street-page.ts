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
import { KpiGrid } from '../../../shared/ui/kpi-card/kpi-grid';
import { townCentreFileUrl } from '../data-access/commerce-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { asOfDate } from '../state/commerce-choices';
import { streetPageActions } from '../state/commerce-page.actions';
import { selectStreetViewModel } from '../state/commerce.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/**
 * One street: vacancy and footfall month by month, the timeline of its premises, their status today, their
 * activities, and the interventions on it with a link to their impact analysis.
 */
@Component({
  selector: 'app-street-page',
  imports: [PageState, RouterLink, TranslatePipe, FormatValuePipe, KpiGrid, ChartCard, DataTable, DownloadLinks],
  templateUrl: './street-page.html',
})
export class StreetPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly street = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('street'))), {
    initialValue: null,
  });

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
    this.store.dispatch(streetPageActions.opened({ commune, year, street, date: asOfDate(year, new Date()) }));
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
