import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AlertRow,
  AlertRuleRow,
  BuildingBalanceRow,
  BuildingDetail,
  BuildingMonthRow,
  CommuneMonthRow,
  CommuneTrajectoryRow,
  CommuneYearRow,
  NewAlertRule,
  QualityRow,
  TrajectoryRow,
  TypeYearRow,
} from './fluids-rows';

type Params = Readonly<Record<string, string | number | null | undefined>>;

const BASE = '/api/v1/fluids';

function defined(params: Params): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] != null),
  );
}

/** Link to the same rows as a file made by the API (`format=csv` or `xlsx`): the browser downloads it. */
export function fluidsFileUrl(path: string, params: Params, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams(
    Object.entries(defined({ ...params, format })).map(([key, value]) => [key, String(value)]),
  );
  return `${BASE}/${path}?${query.toString()}`;
}

/** The fluids endpoints, one method each; no figure is computed here. */
@Injectable({ providedIn: 'root' })
export class FluidsApi {
  private readonly http = inject(HttpClient);

  private get<T>(path: string, params: Params): Observable<T> {
    return this.http.get<T>(`${BASE}/${path}`, { params: defined(params) });
  }

  communeYears(commune: string): Observable<CommuneYearRow[]> {
    return this.get('commune-years', { commune });
  }

  communeMonths(commune: string, from?: string): Observable<CommuneMonthRow[]> {
    return this.get('commune-months', { commune, from });
  }

  /** Public: the buildings of each type together, per fluid group (one year). */
  typeYears(commune: string, year: number): Observable<TypeYearRow[]> {
    return this.get('building-types', { commune, year });
  }

  /** Public: the décret tertiaire trajectory of the commune's buildings together, year by year. */
  communeTrajectory(commune: string): Observable<CommuneTrajectoryRow[]> {
    return this.get('commune-trajectory', { commune });
  }

  buildings(commune: string, year: number): Observable<BuildingBalanceRow[]> {
    return this.get('buildings', { commune, year });
  }

  alerts(commune: string, status: 'open' | 'acknowledged' | 'all' = 'all'): Observable<AlertRow[]> {
    return this.get('alerts', { commune, status });
  }

  buildingAlerts(commune: string, building: string): Observable<AlertRow[]> {
    return this.get('alerts', { commune, building, from: '2000-01' });
  }

  acknowledge(commune: string, key: string, comment: string | null): Observable<AlertRow> {
    return this.http.put<AlertRow>(`${BASE}/alerts/${encodeURIComponent(key)}/acknowledgement`, {
      commune,
      ...(comment ? { comment } : {}),
    });
  }

  unacknowledge(commune: string, key: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/alerts/${encodeURIComponent(key)}/acknowledgement`, {
      params: { commune },
    });
  }

  building(commune: string, building: string): Observable<BuildingDetail> {
    return this.get(`buildings/${encodeURIComponent(building)}`, { commune });
  }

  buildingMonths(commune: string, building: string): Observable<BuildingMonthRow[]> {
    return this.get(`buildings/${encodeURIComponent(building)}/months`, { commune });
  }

  buildingTrajectory(commune: string, building: string): Observable<TrajectoryRow[]> {
    return this.get(`buildings/${encodeURIComponent(building)}/trajectory`, { commune });
  }

  trajectory(commune: string, year: number): Observable<TrajectoryRow[]> {
    return this.get('trajectory', { commune, year });
  }

  quality(commune: string, building?: string): Observable<QualityRow[]> {
    return this.get('quality', { commune, building });
  }

  rules(commune: string): Observable<AlertRuleRow[]> {
    return this.get('alert-rules', { commune });
  }

  createRule(rule: NewAlertRule): Observable<AlertRuleRow> {
    return this.http.post<AlertRuleRow>(`${BASE}/alert-rules`, rule);
  }

  deleteRule(id: number): Observable<void> {
    return this.http.delete<void>(`${BASE}/alert-rules/${id}`);
  }
}
