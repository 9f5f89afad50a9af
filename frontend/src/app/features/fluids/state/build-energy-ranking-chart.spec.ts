import { BUILDINGS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildRankingChart } from './build-energy-ranking-chart';

describe('the buildings ranked by energy intensity', () => {
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
});
