import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, Observable } from 'rxjs';
import { BudgetHealthRow, ProgrammeRow, RatioThreshold } from '../../brief/data-access/brief-rows';
import { AlertStatusFilter, FluidsAlert } from './alert-rows';

export interface AlertsData {
  fluids: FluidsAlert[];
  health: BudgetHealthRow[];
  thresholds: RatioThreshold[];
  programmes: ProgrammeRow[];
}

/** The alerts of every family that has some: fluids (internal, with acknowledgement), budget (public). */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  load(commune: string, year: number, status: AlertStatusFilter): Observable<AlertsData> {
    return forkJoin({
      fluids: this.http.get<FluidsAlert[]>('/api/v1/fluids/alerts', {
        params: { commune, status, limit: 200 },
      }),
      health: this.http.get<BudgetHealthRow[]>('/api/v1/budget/health', {
        params: { commune, year, years: 2 },
      }),
      thresholds: this.http.get<RatioThreshold[]>('/api/v1/budget/thresholds'),
      programmes: this.http.get<ProgrammeRow[]>('/api/v1/budget/programmes', {
        params: { commune },
      }),
    });
  }

  acknowledge(commune: string, key: string, comment: string): Observable<FluidsAlert> {
    return this.http.put<FluidsAlert>(
      `/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement`,
      {
        commune,
        ...(comment ? { comment } : {}),
      },
    );
  }

  withdraw(commune: string, key: string): Observable<void> {
    return this.http.delete<void>(
      `/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement`,
      {
        params: { commune },
      },
    );
  }
}
