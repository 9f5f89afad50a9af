import { OverviewRow } from '../data-access/overview-row';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { buildSpendingChart } from './build-spending-chart';

describe('the spending chart', () => {
  const chart = buildSpendingChart(OVERVIEW_ROWS_FIXTURE, 2025, 'fr');

  it('sums the period up to the selected year in one French sentence', () => {
    expect(chart.summary).toBe(
      "Entre 2024 et 2025, les dépenses de fonctionnement passent de 399,7 M€ à 412,5 M€ (+3,2 %) et les dépenses d'investissement de 100 M€ à 95 M€ (-5,0 %).",
    );
  });

  it('gives the same figures as a table, whole years only', () => {
    expect(chart.columns.map((column) => column.label)).toEqual(['Année', 'Fonctionnement', 'Investissement']);
    expect(chart.rows.map((row) => row['year'])).toEqual(['2024', '2025']);
    expect(chart.rows[1]).toEqual({
      year: '2025',
      operating: 412_500_000,
      investment: 95_000_000,
    });
  });

  it('draws both series as bars over the whole years, never the year in progress as if it were one', () => {
    const series = chart.options.series as { type: string; data: number[] }[];
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar']);
    expect(series[0].data).toEqual([399_709_302, 412_500_000]);
  });

  it('stops the sentence at the last full year when the year in progress is selected', () => {
    expect(buildSpendingChart(OVERVIEW_ROWS_FIXTURE, 2026, 'fr').summary).toContain('Entre 2024 et 2025');
  });

  it('starts the sentence at the first year its figures are known, not at a year only the counters cover', () => {
    const countersOnly: OverviewRow = {
      ...OVERVIEW_ROWS_FIXTURE[0],
      year: 2019,
      operating_expenses_eur: null,
      investment_expenses_eur: null,
      fluids_kwh: null,
      fluids_cost_eur: null,
    };

    expect(buildSpendingChart([countersOnly, ...OVERVIEW_ROWS_FIXTURE], 2025, 'fr').summary).toMatch(
      /^Entre 2024 et 2025, /,
    );
  });
});
