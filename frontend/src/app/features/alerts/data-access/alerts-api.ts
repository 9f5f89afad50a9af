import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { KpiRow } from '../../../shared/kpis/kpi-row';
import { KpisApi } from '../../../shared/kpis/kpis-api';
import { accountsRow } from './accounts-year';
import { BudgetHealthRow, ProgrammeRow, RatioThreshold } from './budget-rows';
import { AlertStatusFilter, AlertThreshold, FamilyAlert, FamilyAlertKind, FluidsAlert } from './alert-rows';

export interface AlertsData {
  fluids: FluidsAlert[];
  health: BudgetHealthRow[];
  thresholds: RatioThreshold[];
  /** The KPI catalogue's budget rows of the accounts year (the year's CA, else the latest before it): judged ratios. */
  kpis: KpiRow[];
  programmes: ProgrammeRow[];
}

const FAMILY_ALERTS = '/api/v1/alerts';

/**
 * The alerts of every family: fluids (internal, with acknowledgement), budget ratios (public), and the programmes,
 * vacancy and footfall alerts with their thresholds (internal, `/api/v1/alerts`).
 */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);
  private readonly kpisApi = inject(KpisApi);

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
    }).pipe(
      switchMap((loaded) => {
        const accounts = accountsRow(loaded.health, year);
        const kpis: Observable<KpiRow[]> = accounts ? this.kpisApi.list(commune, accounts.year, 'budget') : of([]);
        return kpis.pipe(map((rows) => ({ ...loaded, kpis: rows })));
      }),
    );
  }

  acknowledge(commune: string, key: string, comment: string): Observable<FluidsAlert> {
    return this.http.put<FluidsAlert>(`/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement`, {
      commune,
      ...(comment ? { comment } : {}),
    });
  }

  withdraw(commune: string, key: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/fluids/alerts/${encodeURIComponent(key)}/acknowledgement`, {
      params: { commune },
    });
  }

  /** Programmes over budget or late, streets whose vacancy jumped, sites whose footfall fell. */
  familyAlerts(commune: string, status: AlertStatusFilter): Observable<FamilyAlert[]> {
    return this.http.get<FamilyAlert[]>(FAMILY_ALERTS, { params: { commune, status, limit: 200 } });
  }

  acknowledgeFamilyAlert(commune: string, key: string, comment: string): Observable<FamilyAlert> {
    return this.http.put<FamilyAlert>(`${FAMILY_ALERTS}/${encodeURIComponent(key)}/acknowledgement`, {
      commune,
      ...(comment ? { comment } : {}),
    });
  }

  withdrawFamilyAlert(commune: string, key: string): Observable<void> {
    return this.http.delete<void>(`${FAMILY_ALERTS}/${encodeURIComponent(key)}/acknowledgement`, {
      params: { commune },
    });
  }

  thresholds(commune: string): Observable<AlertThreshold[]> {
    return this.http.get<AlertThreshold[]>(`${FAMILY_ALERTS}/thresholds`, { params: { commune } });
  }

  /** Back to the default threshold (DELETE): the answer is the default, in force again. */
  resetThreshold(commune: string, kind: FamilyAlertKind): Observable<AlertThreshold> {
    return this.http.delete<AlertThreshold>(`${FAMILY_ALERTS}/thresholds/${kind}`, {
      params: { commune },
    });
  }

  saveThreshold(commune: string, kind: FamilyAlertKind, thresholdValue: number): Observable<AlertThreshold> {
    return this.http.put<AlertThreshold>(`${FAMILY_ALERTS}/thresholds/${kind}`, {
      commune,
      threshold_value: thresholdValue,
    });
  }
}
