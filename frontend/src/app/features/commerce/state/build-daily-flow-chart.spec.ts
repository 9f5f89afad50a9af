import { DAYS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildDailyChart } from './build-daily-flow-chart';

describe('the daily flow chart', () => {
  it('leaves a day out of the line when a counter of the area was down: a gap, never a fall', () => {
    const chart = buildDailyChart(DAYS_FIXTURE, 'Wazemmes', 'fr');
    const [series] = chart.options.series as { data: (number | null)[] }[];

    expect(series.data).toEqual([20000, null, 21000]);
    expect(chart.summary).toBe(
      'Wazemmes : jours tracés, 2 sur 3 ; jours non tracés parce qu’au moins un compteur était en panne ou n’a rien transmis : 1 ; jours fériés dans la série : 1.',
    );
    // the table keeps the partial day with its completeness
    expect(chart.rows[1]).toEqual({
      day: '2025-05-08',
      counts: 9000,
      sites: 2,
      complete: 1,
      completeness: 0.5,
      holiday: 'Victoire 1945',
    });
  });
});
