import { TIMELINE_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildTimeline } from './build-premises-timeline-chart';

describe('the premises timeline of a street', () => {
  it("draws one bar per status period up to the page's date and tells the timeline in a sentence", () => {
    const chart = buildTimeline('rue de Béthune', TIMELINE_FIXTURE, '2025-12-31', 'fr');
    const bars = (chart.options.series as { name: string; data: { value: unknown[] }[] }[]).map((s) => [
      s.name,
      s.data.length,
    ]);

    expect(bars).toEqual([
      ['occupé', 2],
      ['vacant', 1],
      ['en travaux', 0],
      ['démoli ou fusionné', 0],
    ]);
    expect(chart.rows.map((row) => [row['premises'], row['from'], row['to'], row['status']])).toEqual([
      ['B1', '2019-01-01', '2023-05-31', 'occupé'],
      ['B1', '2023-06-01', null, 'vacant'],
      ['B2', '2019-01-01', null, 'occupé'],
    ]);
    expect(chart.summary).toBe(
      'Locaux dans la rue de Béthune : 3 ; changements de statut depuis le début du recensement : 1. Au 31/12/2025, locaux vacants : 1, le plus ancien depuis le 01/06/2023.',
    );
  });
});
