import { Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { SignInOffer } from '../../../shared/ui/sign-in-offer/sign-in-offer';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { AlertList } from '../alert-list/alert-list';
import { fluidsFileUrl } from '../data-access/fluids-api';
import { DownloadLinks } from '../../../shared/ui/download-links/download-links';
import { buildingPageActions } from '../state/fluids-page.actions';
import { selectFluidsBuildingViewModel } from '../state/fluids.selectors';

/**
 * One building: its figures against its type, month by month against last year and the degree-days with the
 * abnormal months marked, its bill by fluid, its décret tertiaire trajectory, its alerts, flags and peers.
 */
@Component({
  selector: 'app-building-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FormatValuePipe,
    ChartCard,
    DataTable,
    AlertList,
    DownloadLinks,
    LoadingState,
    ErrorState,
    SignInOffer,
  ],
  templateUrl: './building-page.html',
  styleUrl: './building-page.scss',
})
export class BuildingPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  /** What the reader may read: the public is offered to sign in, and nothing is asked of the API. */
  protected readonly reader = this.store.selectSignal(authFeature.selectReader);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly building = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('building'))), {
    initialValue: null,
  });

  protected readonly vm = this.store.selectSignal(selectFluidsBuildingViewModel);
  protected readonly files = computed(() => {
    const params = { commune: this.commune() };
    const path = `buildings/${encodeURIComponent(this.building() ?? '')}/months`;
    return { csv: fluidsFileUrl(path, params, 'csv'), xlsx: fluidsFileUrl(path, params, 'xlsx') };
  });

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      const building = this.building();
      if (commune && building && this.reader() === 'internal')
        untracked(() => this.store.dispatch(buildingPageActions.opened({ commune, year, building })));
    });
  }

  protected retry(): void {
    const [commune, building] = [this.commune(), this.building()];
    if (commune && building && this.reader() === 'internal')
      this.store.dispatch(buildingPageActions.opened({ commune, year: this.year(), building }));
  }

  protected selectFluid(fluid: string): void {
    this.store.dispatch(buildingPageActions.fluidSelected({ fluid }));
  }
}
