import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  BudgetChoice,
  BudgetRef,
  ComparisonRow,
  DocumentRow,
  ExecutionLevel,
  ExecutionRow,
  HealthRow,
  LineRow,
  OperationRow,
  PlaceRow,
  ProgrammeRow,
  RatiosRow,
  StructureRow,
} from './budget-rows';

type Params = Readonly<Record<string, string | number | null | undefined>>;

const BASE = '/api/v1/budget';

function defined(params: Params): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] != null),
  );
}

/**
 * Link to the same rows as a file, made by the API: `format=xlsx` (numbers stay numbers) or `format=csv`.
 * A plain link, so the browser downloads it without the app holding the file.
 */
export function budgetFileUrl(path: string, params: Params, format: 'xlsx' | 'csv'): string {
  const query = new URLSearchParams(
    Object.entries(defined({ ...params, format })).map(([key, value]) => [key, String(value)]),
  );
  return `${BASE}/${path}?${query.toString()}`;
}

export interface ExecutionQuery {
  commune: string;
  year: number;
  level: ExecutionLevel;
  function?: string | null;
  chapter?: string | null;
}

export interface LinesQuery {
  commune: string;
  year: number;
  function: string;
  chapter: string;
  account: string;
}

/** The budget endpoints, one method each; no figure is computed here. */
@Injectable({ providedIn: 'root' })
export class BudgetApi {
  private readonly http = inject(HttpClient);

  private get<T>(path: string, params: Params): Observable<T> {
    return this.http.get<T>(`${BASE}/${path}`, { params: defined(params) });
  }

  /** Six years of ratios: of the budget principal unless `budget` names an annexe or 'consolidated'. */
  health(commune: string, year: number, budget?: BudgetChoice): Observable<HealthRow[]> {
    return this.get('health', { commune, year, years: 6, budget: budget === 'principal' ? undefined : budget });
  }

  /** The year's ratios of one budget (`/budget/ratios`). */
  ratios(commune: string, year: number, budget?: BudgetChoice): Observable<RatiosRow> {
    return this.get('ratios', { commune, year, budget: budget === 'principal' ? undefined : budget });
  }

  /** The commune's budgets: principal first, then the annexes by name. */
  budgets(commune: string): Observable<BudgetRef[]> {
    return this.get('budgets', { commune });
  }

  documents(commune: string): Observable<DocumentRow[]> {
    return this.get('documents', { commune });
  }

  execution(query: ExecutionQuery): Observable<ExecutionRow[]> {
    return this.get('execution', { ...query });
  }

  lines(query: LinesQuery): Observable<LineRow[]> {
    return this.get('lines', { ...query });
  }

  programmes(commune: string): Observable<ProgrammeRow[]> {
    return this.get('programmes', { commune });
  }

  investment(commune: string, year: number): Observable<PlaceRow[]> {
    return this.get('investment', { commune, year, place: 'quartier' });
  }

  /** The programmes' payments of a year: in one quartier, outside any ('none'), or everywhere (no quartier). */
  operations(commune: string, year: number, quartier?: number | 'none'): Observable<OperationRow[]> {
    return this.get('investment/operations', { commune, year, quartier });
  }

  comparison(year: number): Observable<ComparisonRow[]> {
    return this.get('comparison', { year });
  }

  structure(year: number, axis: 'nature' | 'function'): Observable<StructureRow[]> {
    return this.get('structure', { year, axis, section: 'F', direction: 'D' });
  }
}
