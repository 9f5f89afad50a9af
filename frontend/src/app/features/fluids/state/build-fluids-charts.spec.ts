import { plainSpaces } from '../../../core/i18n/format-value';
import { BUILDINGS_FIXTURE, COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE } from '../data-access/fluids-rows.fixture';
import {
  buildDeviations,
  buildMonthlyCostChart,
  buildMonthlyEnergyChart,
  buildRankingChart,
} from './build-fluids-charts';

describe('the fluids overview charts', () => {
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

  it('sets the corrected energy of each month against the same month a year earlier', () => {
    const chart = buildMonthlyEnergyChart(COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE, 2025, 'fr');

    // January: electricity + gas, corrected
    expect(chart.rows[0]).toEqual({ month: 'janv.', previous: 6_500_000, current: 6_250_000 });
    expect(chart.rows[1]).toEqual({ month: 'févr.', previous: null, current: null });
    expect(plainSpaces(chart.summary)).toContain('diminue de 2,2 % en 2025 par rapport à 2024, à 48,1 GWh');
  });

  it('ranks the buildings by kWh/m², the highest on top, beside the median of their type', () => {
    const chart = buildRankingChart(BUILDINGS_FIXTURE, 2025, 'fr');
    const yAxis = chart.options.yAxis as { data: string[] };

    expect(yAxis.data).toEqual([
      'École maternelle Jules Ferry',
      'Complexe sportif Pierre de Coubertin',
      'Piscine Marx Dormoy',
    ]);
    expect(chart.rows.map((r) => [r['name'], r['kwh_per_m2'], r['type_median']])).toEqual([
      ['Piscine Marx Dormoy', 850, 800],
      ['Complexe sportif Pierre de Coubertin', 176, 150],
      ['École maternelle Jules Ferry', 120, 140],
    ]);
    expect(chart.summary).toContain('valeur la plus élevée à Piscine Marx Dormoy (850)');
  });

  it('lists the buildings whose corrected energy rose, the largest rise first', () => {
    const deviations = buildDeviations(BUILDINGS_FIXTURE, 2025, 'fr');

    expect(deviations.ids).toEqual(['LIL-GYM-002', 'LIL-PIS-001']);
    expect(plainSpaces(deviations.summary)).toBe(
      'Plus forte hausse de l’énergie corrigée du climat en 2025 : Complexe sportif Pierre de Coubertin (+2,6 %).',
    );
  });
});
