/**
 * One year of a commune's key figures, as `GET /api/v1/overview?commune=` returns them (2026 is year to date). A
 * family's figures are null for a year it has no data for.
 */
export interface OverviewRow {
  commune_insee: string;
  year: number;
  population: number;
  operating_expenses_eur: number | null;
  investment_expenses_eur: number | null;
  fluids_kwh: number | null;
  fluids_cost_eur: number | null;
  premises: number | null;
  vacant_premises: number | null;
  /** Fraction 0..1; null when the commune has no premises census that year. */
  vacancy_rate: number | null;
  footfall: number | null;
}
