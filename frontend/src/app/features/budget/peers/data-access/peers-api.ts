import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { DgfipComparisonRow, PeerGroup, PeerRow } from './peer-row';

@Injectable({ providedIn: 'root' })
export class PeersApi {
  private readonly http = inject(HttpClient);

  /** The latest year the DGFiP's file covers for the commune. */
  peers(commune: string, group: PeerGroup): Observable<PeerRow[]> {
    return this.http.get<PeerRow[]>('/api/v1/budget/peers', { params: { commune, group } });
  }

  /** The commune's own ratios beside the DGFiP's, every year both exist. */
  dgfipComparison(commune: string): Observable<DgfipComparisonRow[]> {
    return this.http.get<DgfipComparisonRow[]>('/api/v1/budget/peers/dgfip-comparison', { params: { commune } });
  }
}
