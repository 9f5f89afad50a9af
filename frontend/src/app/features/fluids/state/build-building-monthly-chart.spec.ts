import { BUILDING_MONTHS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildBuildingMonthlyChart, buildingFluids } from './build-building-monthly-chart';

describe('a fluid of a building, month by month', () => {
  it('shows a fluid month by month with last year, the flags and the abnormal months marked', () => {
    const chart = buildBuildingMonthlyChart(BUILDING_MONTHS_FIXTURE, [], 'water', 2025, 'fr');
    const series = chart.options.series as { type: string; data: (number | null)[] }[];

    expect(buildingFluids(BUILDING_MONTHS_FIXTURE)).toEqual(['gas', 'water']);
    expect(series.map((s) => s.type))
      .withContext('no degree-days for water')
      .toEqual(['bar', 'line', 'scatter']);
    expect(series[2].data).toEqual([null, 125, null]);
    expect(chart.rows.map((r) => [r['month'], r['quantity'], r['excess'], r['flags']])).toEqual([
      ['2025-08-01', 5, null, ''],
      ['2025-09-01', 125, 450, ''],
      ['2025-10-01', null, null, 'Relevés manquants'],
    ]);
  });

  it('adds the degree-days on a second axis for a heating fluid', () => {
    const chart = buildBuildingMonthlyChart(BUILDING_MONTHS_FIXTURE, [], 'gas', 2025, 'fr');
    const series = chart.options.series as {
      type: string;
      yAxisIndex?: number;
      data: (number | null)[];
    }[];

    expect(series.map((s) => [s.type, s.yAxisIndex ?? 0])).toEqual([
      ['bar', 0],
      ['line', 0],
      ['line', 1],
      ['scatter', 0],
    ]);
    expect(series[2].data).toEqual([420]);
  });
});
