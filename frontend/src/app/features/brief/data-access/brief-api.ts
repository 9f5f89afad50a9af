import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, map, Observable, of } from 'rxjs';
import { FamilyAlert } from '../../alerts/data-access/alert-rows';
import {
  BriefData,
  BudgetHealthRow,
  FluidsAlertRow,
  FluidsYearRow,
  OverviewRow,
  PartnersData,
  PartnerRatiosRow,
  ProgrammeRow,
  RatioThreshold,
} from './brief-rows';

/** How many years of ratios the brief's charts go back. */
const HEALTH_YEARS = 6;

/**
 * What the council brief reads. Public endpoints only, except `openAlerts` and `openFamilyAlerts` (internal): the
 * page calls them for staff only.
 */
@Injectable({ providedIn: 'root' })
export class BriefApi {
  private readonly http = inject(HttpClient);

  /** The figures of the commune: the four families, ratios with thresholds, programmes. */
  load(commune: string, year: number): Observable<BriefData> {
    return forkJoin({
      overview: this.overview(commune),
      health: this.http.get<BudgetHealthRow[]>('/api/v1/budget/health', {
        params: { commune, year, years: HEALTH_YEARS },
      }),
      thresholds: this.http.get<RatioThreshold[]>('/api/v1/budget/thresholds'),
      fluids: this.fluids(commune),
      programmes: this.http.get<ProgrammeRow[]>('/api/v1/budget/programmes', {
        params: { commune },
      }),
    });
  }

  /**
   * The same figures for partner communes: ratios side by side, and the vacancy and fluids bill per inhabitant of
   * the communes in `detailed` (a user limited to one commune is refused the others' per-commune endpoints).
   */
  partners(
    communes: readonly string[],
    detailed: readonly string[],
    year: number,
  ): Observable<PartnersData> {
    if (communes.length === 0) return of({ ratios: [], overview: [], fluids: [] });
    const each = <R>(load: (commune: string) => Observable<R[]>) =>
      detailed.length
        ? forkJoin(detailed.map(load)).pipe(map((lists) => lists.flat()))
        : of([] as R[]);
    return forkJoin({
      ratios: this.http.get<PartnerRatiosRow[]>('/api/v1/budget/comparison', {
        params: { year, communes: communes.join(',') },
      }),
      overview: each((commune) => this.overview(commune)),
      fluids: each((commune) =>
        this.fluids(commune).pipe(
          map((rows) => rows.map((row) => ({ ...row, commune_insee: commune }))),
        ),
      ),
    });
  }

  /** Open fluids alerts, most costly first (internal). */
  openAlerts(commune: string): Observable<FluidsAlertRow[]> {
    return this.http.get<FluidsAlertRow[]>('/api/v1/fluids/alerts', {
      params: { commune, status: 'open', limit: 50 },
    });
  }

  /** Open programmes, vacancy and footfall alerts (internal). */
  openFamilyAlerts(commune: string): Observable<FamilyAlert[]> {
    return this.http.get<FamilyAlert[]>('/api/v1/alerts', {
      params: { commune, status: 'open', limit: 50 },
    });
  }

  private overview(commune: string): Observable<OverviewRow[]> {
    return this.http.get<OverviewRow[]>('/api/v1/overview', { params: { commune } });
  }

  private fluids(commune: string): Observable<FluidsYearRow[]> {
    return this.http.get<FluidsYearRow[]>('/api/v1/fluids/commune-years', { params: { commune } });
  }
}
