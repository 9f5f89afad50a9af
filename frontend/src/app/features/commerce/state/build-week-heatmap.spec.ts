import { PROFILE_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildHeatmap } from './build-week-heatmap';

describe('the typical week', () => {
  it('draws the typical week as a heatmap and names its peak and the lunchtime share', () => {
    const chart = buildHeatmap(PROFILE_FIXTURE, 'Wazemmes', 2025, 'fr');

    expect(chart.heading).toBe('Semaine type 2025 : Wazemmes');
    // 8 % + 7 % of each weekday between 12:00 and 14:00
    expect(chart.summary).toBe(
      'Wazemmes : pic le vendredi à 17 h (1 500 passages en moyenne) ; un jour de semaine, 15,0 % du flux passe entre 12 h et 14 h. Jours fériés écartés.',
    );
    expect((chart.options.series as { data: number[][] }[])[0].data[0]).toEqual([12, 0, 900]);
  });
});
