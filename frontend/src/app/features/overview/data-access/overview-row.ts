/** One year of a commune's key figures, as `GET /api/v1/overview?commune=` returns them (2026 is year to date). */
export interface OverviewRow {
  commune_insee: string;
  year: number;
  population: number;
  operating_expenses_eur: number;
  investment_expenses_eur: number;
  fluids_kwh: number;
  fluids_cost_eur: number;
  premises: number;
  vacant_premises: number;
  /** Fraction 0..1; null when the commune has no premises census that year. */
  vacancy_rate: number | null;
  footfall: number;
}
