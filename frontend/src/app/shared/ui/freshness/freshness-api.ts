import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { FreshnessRow, HealthBody } from './freshness-row';

/** Data freshness per source comes with the (public) health endpoint. */
@Injectable({ providedIn: 'root' })
export class FreshnessApi {
  private readonly http = inject(HttpClient);

  forCommune(commune: string): Observable<FreshnessRow[]> {
    return this.http.get<HealthBody>('/api/v1/health', { params: { commune } }).pipe(map((body) => body.freshness));
  }
}
