import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { KpiRow } from './kpi-row';

/** The KPI catalogue of a commune and year (GET /api/v1/kpis), optionally one family. */
@Injectable({ providedIn: 'root' })
export class KpisApi {
  private readonly http = inject(HttpClient);

  list(commune: string, year: number, family?: KpiRow['family']): Observable<KpiRow[]> {
    const params: Record<string, string> = { commune, year: String(year) };
    if (family) params['family'] = family;
    return this.http.get<KpiRow[]>('/api/v1/kpis', { params });
  }
}
