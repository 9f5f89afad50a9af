import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, Observable } from 'rxjs';
import { QuartiersApi } from '../../../shared/quartiers/quartiers-api';
import { OverviewRow } from '../../overview';
import { isPartialYear } from '../../../core/context/years';
import { OperationRow, PresentationData, ProgrammeRow, StreetRow } from './presentation-rows';

/**
 * The neighbourhood meeting reads public endpoints only (quartier shapes and figures, programmes, localised
 * investment, the commune's headline figures, vacancy and footfall by street): it works for anyone, without an account, and no internal data
 * reaches it.
 */
@Injectable({ providedIn: 'root' })
export class PresentationApi {
  private readonly http = inject(HttpClient);
  private readonly quartiers = inject(QuartiersApi);

  load(commune: string, year: number): Observable<PresentationData> {
    return forkJoin({
      quartiers: this.quartiers.shapes(commune),
      summaries: this.quartiers.summary(commune, year),
      programmes: this.http.get<ProgrammeRow[]>('/api/v1/budget/programmes', {
        params: { commune },
      }),
      operations: this.http.get<OperationRow[]>('/api/v1/budget/investment/operations', {
        params: { commune, year },
      }),
      overview: this.http.get<OverviewRow[]>('/api/v1/overview', { params: { commune } }),
      // December of a full year; the latest month of the year in progress.
      streets: this.http.get<StreetRow[]>('/api/v1/commerce/streets', {
        params: isPartialYear(year) ? { commune } : { commune, month: `${year}-12` },
      }),
    });
  }
}
