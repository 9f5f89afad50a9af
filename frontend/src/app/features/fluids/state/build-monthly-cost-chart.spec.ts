import { plainSpaces } from '../../../core/i18n/format-value';
import { COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildMonthlyCostChart } from './build-monthly-cost-chart';

describe('the monthly bill of the commune', () => {
  it('stacks the monthly bill by fluid and says how the yearly bill moved', () => {
    const chart = buildMonthlyCostChart(COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE, 2025, 'fr');

    expect(chart.columns.map((c) => c.label)).toEqual(['Mois', 'Électricité', 'Gaz', 'Eau']);
    expect(chart.rows).toEqual([
      { month: '2024-01-01', electricity: 300_000, gas: 400_000, water: 50_000 },
      { month: '2025-01-01', electricity: 280_000, gas: 350_000, water: 52_000 },
    ]);
    expect((chart.options.series as { stack?: string }[]).every((s) => s.stack === 'bill')).toBeTrue();
    expect(plainSpaces(chart.summary)).toBe(
      'La facture de fluides diminue de 10,5 % en 2025 par rapport à 2024, à 6,6 M€.',
    );
  });
});
