import { plainSpaces } from '../../../core/i18n/format-value';
import { BUILDING_MONTHS_FIXTURE, TRAJECTORY_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildBuildingMonthlyChart, buildingFluids, buildTrajectoryChart } from './build-building-charts';

describe('the building charts', () => {
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

  it('draws the path to 2030, 2040 and 2050 after the years billed, spaced by time, and says where the last year stands', () => {
    const chart = buildTrajectoryChart(TRAJECTORY_FIXTURE, 'fr');
    const [bars, path] = chart.options.series as { data: [number, number | null][] }[];
    const byYear = (points: [number, number | null][]) => points;

    // 2030, 2040 and 2050 stand at their distance in time from the years billed, not next to them: the years are
    // numbers on a linear axis, a tick every 5 years from 2020
    expect(chart.options.xAxis).toEqual(jasmine.objectContaining({ type: 'value', min: 2020, max: 2050, interval: 5 }));
    expect(byYear(bars.data)).toEqual([
      [2022, 466_000],
      [2023, 470_000],
      [2024, 480_000],
    ]);
    expect(byYear(path.data)).toEqual([
      [2022, 466_000],
      [2023, 442_700],
      [2024, 419_400],
      [2030, 279_600],
      [2040, 233_000],
      [2050, 186_400],
    ]);
    expect(chart.rows.map((row) => row['year'])).toEqual(['2022', '2023', '2024', '2030', '2040', '2050']);
    expect(plainSpaces(chart.summary)).toBe(
      'En 2024, la consommation corrigée du climat est de 480,0 MWh, soit 60,6 MWh au-dessus de la trajectoire qui part de 466,0 MWh (2022).',
    );
  });
});
