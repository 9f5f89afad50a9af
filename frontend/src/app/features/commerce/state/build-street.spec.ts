import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';
import { STREETS_FIXTURE, TIMELINE_FIXTURE } from '../data-access/commerce-rows.fixture';
import { StreetRow } from '../data-access/commerce-rows';
import { buildStreetKpis, buildTimeline, streetMonth } from './build-street';
import { withArticle } from './words';

describe('street page', () => {
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

  it("takes the street's month at the page's date", () => {
    const month = (m: string) => ({ month: m }) as StreetRow;

    expect(streetMonth([month('2025-11'), month('2025-12'), month('2026-01')], '2025-12-31')?.month).toBe('2025-12');
    expect(streetMonth([month('2026-01')], '2025-12-31')).toBeNull();
  });

  it('puts the right French article before a street name', () => {
    expect(
      ['rue de Béthune', 'boulevard de la Liberté', 'avenue Foch', "Grand'Place", 'Grande Rue'].map((s) =>
        withArticle(s, 'fr'),
      ),
    ).toEqual(['la rue de Béthune', 'le boulevard de la Liberté', 'l’avenue Foch', "la Grand'Place", 'Grande Rue']);
    expect(withArticle('rue Neuve', 'en')).toBe('rue Neuve');
  });
});

describe('street key figures', () => {
  it('shows the street’s footfall per day as the KPI catalogue gives it: its month, its change, the alert’s figures', () => {
    const current = STREETS_FIXTURE.find((row) => row.street === 'rue de Béthune')!;
    const catalogue = [
      kpiRowFixture({
        family: 'flows',
        indicator: 'street_footfall',
        subject_id: 'rue de Béthune',
        subject_label: 'rue de Béthune',
        period_kind: 'month',
        period_start: '2025-12-01',
        period_end: '2025-12-31',
        months_covered: 1,
        unit: 'per_day',
        value: 23_574.9,
        comparison_value: 23_894,
        comparison_start: '2024-12-01',
        comparison_end: '2024-12-31',
        change: -0.0134,
        status: null,
      }),
    ];
    const footfall = buildStreetKpis(current, catalogue, 'fr').find((kpi) => kpi.id === 'street-footfall')!;

    expect([footfall.value, footfall.change, footfall.comparedWith, footfall.period]).toEqual([
      23_574.9,
      -0.0134,
      'déc. 2024',
      'déc. 2025',
    ]);
  });
});
