import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { defined, Params } from './commerce-api';
import {
  DayRow,
  ImpactRequest,
  ImpactResult,
  InterventionRow,
  PeriodRow,
  ProfileRow,
  SiteKind,
  SiteRow,
  YearOnYear,
} from './commerce-rows';

export interface AreaQuery {
  level: 'site' | 'zone' | 'commune';
  kind: SiteKind;
  zone?: string | null;
  site?: string | null;
}

/** The flow counts endpoints, one method each; no figure is computed here. */
@Injectable({ providedIn: 'root' })
export class CountsApi {
  private readonly http = inject(HttpClient);

  private get<T>(path: string, params: Params): Observable<T> {
    return this.http.get<T>(`/api/v1/counts/${path}`, { params: defined(params) });
  }

  sites(commune: string, from?: string, to?: string): Observable<SiteRow[]> {
    return this.get('sites', { commune, from, to });
  }

  periods(
    commune: string,
    period: 'week' | 'month',
    area: AreaQuery,
    from?: string,
    to?: string,
  ): Observable<PeriodRow[]> {
    return this.get('periods', { commune, period, ...area, from, to });
  }

  daily(commune: string, area: AreaQuery, from?: string, to?: string): Observable<DayRow[]> {
    return this.get('daily', { commune, ...area, from, to });
  }

  profile(commune: string, year: number, area: AreaQuery): Observable<ProfileRow[]> {
    return this.get('profile', { commune, year, ...area });
  }

  yearOnYear(commune: string, from?: string, to?: string, kind?: SiteKind): Observable<YearOnYear> {
    return this.get('year-on-year', { commune, from, to, kind });
  }

  interventions(commune: string): Observable<InterventionRow[]> {
    return this.get('interventions', { commune });
  }

  impact(commune: string, request: ImpactRequest): Observable<ImpactResult> {
    return this.get('impact', { commune, ...request });
  }
}
