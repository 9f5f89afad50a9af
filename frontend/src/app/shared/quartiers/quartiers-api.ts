import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { QuartierCollection, QuartierSummary } from './quartier-summary';

@Injectable({ providedIn: 'root' })
export class QuartiersApi {
  private readonly http = inject(HttpClient);

  shapes(commune: string): Observable<QuartierCollection> {
    return this.http.get<QuartierCollection>(`/api/v1/communes/${encodeURIComponent(commune)}/quartiers`);
  }

  summary(commune: string, year: number): Observable<QuartierSummary[]> {
    return this.http.get<QuartierSummary[]>('/api/v1/quartiers/summary', {
      params: { commune, year },
    });
  }
}
