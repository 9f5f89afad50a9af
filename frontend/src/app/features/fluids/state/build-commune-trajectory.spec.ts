import { plainSpaces } from '../../../core/i18n/format-value';
import { CommuneTrajectoryRow } from '../data-access/fluids-rows';
import { buildCommuneTrajectory } from './build-commune-trajectory';

const row = (year: number, over: Partial<CommuneTrajectoryRow>): CommuneTrajectoryRow => ({
  year,
  buildings_concerned: 3,
  buildings_counted: 2,
  reference_kwh: 150_000,
  energy_kwh_corrected: 150_000,
  target_kwh: 150_000,
  target_2030_kwh: 90_000,
  target_2040_kwh: 75_000,
  target_2050_kwh: 60_000,
  reduction_vs_reference: 0,
  path_reduction: 0,
  status: 'on_track',
  buildings_on_track: 2,
  buildings_behind: 0,
  buildings_wrong_way: 0,
  ...over,
});

// the fixture of sql/views/20_kpi/kpi_fluids_commune_trajectory.spec.ts, as the API gives it
const ROWS: CommuneTrajectoryRow[] = [
  row(2019, {}),
  row(2020, {
    energy_kwh_corrected: 139_000,
    target_kwh: 144_545.454,
    reduction_vs_reference: 0.0733,
    path_reduction: 0.0364,
    buildings_on_track: 1,
    buildings_behind: 1,
  }),
  row(2021, {
    buildings_concerned: 2,
    energy_kwh_corrected: 165_000,
    target_kwh: 139_090.909,
    reduction_vs_reference: -0.1,
    path_reduction: 0.0727,
    status: 'wrong_way',
    buildings_on_track: 1,
    buildings_wrong_way: 1,
  }),
  // the year in progress: nobody's year is complete yet
  row(2022, {
    buildings_counted: 0,
    reference_kwh: null,
    energy_kwh_corrected: null,
    target_kwh: null,
    reduction_vs_reference: null,
    path_reduction: null,
    status: null,
    buildings_on_track: 0,
  }),
];

describe('buildCommuneTrajectory', () => {
  it('draws the commune as shares of its reference year, up to the 60 %, 50 % and 40 % of 2030, 2040 and 2050', () => {
    const chart = buildCommuneTrajectory(ROWS, 2022, 'fr');
    const [bars, path] = chart.options.series as { data: [number, number | null][] }[];
    const byYear = (points: [number, number | null][]) =>
      points.map(([year, value]) => [year, value === null ? null : Math.round(value * 1000) / 1000]);

    expect(byYear(bars.data)).toEqual([
      [2019, 1],
      [2020, 0.927],
      [2021, 1.1],
      [2022, null],
    ]);
    expect(byYear(path.data)).toEqual([
      [2019, 1],
      [2020, 0.964],
      [2021, 0.927],
      [2022, null],
      [2030, 0.6],
      [2040, 0.5],
      [2050, 0.4],
    ]);
  });

  it('says in one sentence where the latest complete year stands, and leads the table with the result', () => {
    const chart = buildCommuneTrajectory(ROWS, 2022, 'fr');

    expect(plainSpaces(chart.summary)).toBe(
      'En 2021, les 2 bâtiments assujettis dont l’année est complète consomment 165,0 MWh corrigés du climat, soit +10,0 % depuis leur année de référence, quand la trajectoire demande -7,3 % : consommation en hausse depuis l’année de référence.',
    );
    expect(chart.columns.slice(0, 3).map((c) => c.key)).toEqual(['year', 'status', 'reduction']);
    expect(chart.rows[1]['counted']).toBe('2 sur 3');
  });

  it('speaks of one building in the singular', () => {
    const chart = buildCommuneTrajectory([row(2019, { buildings_counted: 1 })], 2019, 'fr');
    expect(plainSpaces(chart.summary)).toContain('le bâtiment assujetti dont l’année est complète consomme 150,0 MWh');
  });
});
