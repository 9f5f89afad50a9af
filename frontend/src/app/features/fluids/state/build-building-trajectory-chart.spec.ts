import { plainSpaces } from '../../../core/i18n/format-value';
import { TRAJECTORY_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildTrajectoryChart } from './build-building-trajectory-chart';

describe('the trajectory of a building', () => {
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
