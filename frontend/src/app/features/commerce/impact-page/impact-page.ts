import { Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { townCentreFileUrl } from '../data-access/commerce-api';
import { ImpactRequest } from '../data-access/commerce-rows';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { ImpactForm } from '../impact-form/impact-form';
import { impactPageActions } from '../state/commerce-page.actions';
import { selectImpactViewModel } from '../state/commerce.selectors';

/**
 * The impact tool: what works, an event or a new bike lane did to the flows of a zone, before / during / after,
 * against control sites elsewhere (difference-in-differences), with a sentence saying how sure we are.
 */
@Component({
  selector: 'app-impact-page',
  imports: [TranslatePipe, ChartCard, DataTable, ImpactForm, DownloadLinks, LoadingState, ErrorState],
  templateUrl: './impact-page.html',
})
export class ImpactPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly wanted = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('intervention'))),
    {
      initialValue: null,
    },
  );

  protected readonly vm = this.store.selectSignal(selectImpactViewModel);
  protected readonly files = computed(() => {
    const request = this.vm().request;
    const params = { commune: this.commune(), ...(request ?? {}) };
    return {
      csv: townCentreFileUrl('counts/impact', params, 'csv'),
      xlsx: townCentreFileUrl('counts/impact', params, 'xlsx'),
    };
  });

  constructor() {
    effect(() => {
      const [commune, wanted] = [this.commune(), this.wanted()];
      if (commune) untracked(() => this.store.dispatch(impactPageActions.opened({ commune, intervention: wanted })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(impactPageActions.opened({ commune, intervention: this.wanted() }));
  }

  protected analyse(request: ImpactRequest): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(impactPageActions.analysisRequested({ commune, request }));
  }
}
