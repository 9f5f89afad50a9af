import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { OverviewRow } from './overview-row';

@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  byYear(commune: string): Observable<OverviewRow[]> {
    return this.http.get<OverviewRow[]>('/api/v1/overview', { params: { commune } });
  }
}
