import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CommerceOverview,
  DurationRow,
  MixRow,
  PremisesRow,
  StreetRow,
  TimelineRow,
  VacancyMonthRow,
  VacancyRow,
} from './commerce-rows';

export type Params = Readonly<Record<string, string | number | null | undefined>>;

export function defined(params: Params): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] != null),
  );
}

/** Link to the same rows as a file made by the API (`format=csv` or `xlsx`): the browser downloads it. */
export function townCentreFileUrl(path: string, params: Params, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams(
    Object.entries(defined({ ...params, format })).map(([key, value]) => [key, String(value)]),
  );
  return `/api/v1/${path}?${query.toString()}`;
}

/** The commercial vacancy endpoints, one method each; no figure is computed here. */
@Injectable({ providedIn: 'root' })
export class CommerceApi {
  private readonly http = inject(HttpClient);

  private get<T>(path: string, params: Params): Observable<T> {
    return this.http.get<T>(`/api/v1/commerce/${path}`, { params: defined(params) });
  }

  overview(commune: string, date: string): Observable<CommerceOverview> {
    return this.get('overview', { commune, date });
  }

  vacancy(commune: string, date: string, by: 'street' | 'quartier' | 'commune'): Observable<VacancyRow[]> {
    return this.get('vacancy', { commune, date, by });
  }

  monthly(commune: string, by: 'commune' | 'quartier' | 'street', key?: string): Observable<VacancyMonthRow[]> {
    return this.get('vacancy/monthly', { commune, by, key });
  }

  streets(commune: string, month?: string): Observable<StreetRow[]> {
    return this.get('streets', { commune, month });
  }

  streetHistory(commune: string, street: string): Observable<StreetRow[]> {
    return this.get('streets/history', { commune, street });
  }

  streetTimeline(commune: string, street: string): Observable<TimelineRow[]> {
    return this.get('streets/timeline', { commune, street });
  }

  premises(commune: string, date: string, street?: string): Observable<PremisesRow[]> {
    return this.get('premises', { commune, date, street });
  }

  activityMix(
    commune: string,
    date: string,
    by: 'commune' | 'quartier' | 'street',
    key?: string,
  ): Observable<MixRow[]> {
    return this.get('activity-mix', { commune, date, by, key });
  }

  durations(commune: string, by: 'commune' | 'quartier' | 'street', key?: string): Observable<DurationRow[]> {
    return this.get('durations', { commune, by, key });
  }
}
