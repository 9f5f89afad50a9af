import { OverviewRow } from './overview-row';

function row(year: number, figures: Partial<OverviewRow>): OverviewRow {
  return {
    commune_insee: '59350',
    year,
    population: 236234,
    operating_expenses_eur: 0,
    investment_expenses_eur: 0,
    fluids_kwh: 0,
    fluids_cost_eur: 0,
    premises: 2000,
    vacant_premises: 0,
    vacancy_rate: null,
    footfall: 0,
    ...figures,
  };
}

/** Test data: Lille's key figures for 2024, 2025 and 2026 to date, round enough to check by hand. */
export const OVERVIEW_ROWS_FIXTURE: OverviewRow[] = [
  row(2024, {
    operating_expenses_eur: 399_709_302,
    investment_expenses_eur: 100_000_000,
    fluids_kwh: 120_000_000,
    fluids_cost_eur: 10_000_000,
    vacant_premises: 204,
    vacancy_rate: 0.102,
    footfall: 9_000_000,
  }),
  row(2025, {
    operating_expenses_eur: 412_500_000,
    investment_expenses_eur: 95_000_000,
    fluids_kwh: 114_000_000,
    fluids_cost_eur: 11_500_000,
    vacant_premises: 188,
    vacancy_rate: 0.094,
    footfall: 9_450_000,
  }),
  row(2026, {
    operating_expenses_eur: 350_000_000,
    investment_expenses_eur: 60_000_000,
    fluids_kwh: 90_000_000,
    fluids_cost_eur: 9_000_000,
    vacant_premises: 180,
    vacancy_rate: 0.09,
    footfall: 8_000_000,
  }),
];
