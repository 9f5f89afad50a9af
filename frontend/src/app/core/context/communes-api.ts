import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type { Geometry } from 'geojson';
import { Commune } from './commune';

@Injectable({ providedIn: 'root' })
export class CommunesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Commune[]> {
    return this.http.get<Commune[]>('/api/v1/communes');
  }

  /** One commune with its contour (`GET /api/v1/communes/{insee}`): the outline maps draw around their points. */
  withContour(insee: string): Observable<Commune & { geometry: Geometry | null }> {
    return this.http.get<Commune & { geometry: Geometry | null }>(`/api/v1/communes/${encodeURIComponent(insee)}`);
  }
}
