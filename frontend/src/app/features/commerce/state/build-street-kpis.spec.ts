import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';
import { StreetRow } from '../data-access/commerce-rows';
import { STREETS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildStreetKpis, streetMonth } from './build-street-kpis';

describe('street key figures', () => {
  it("takes the street's month at the page's date", () => {
    const month = (m: string) => ({ month: m }) as StreetRow;

    expect(streetMonth([month('2025-11'), month('2025-12'), month('2026-01')], '2025-12-31')?.month).toBe('2025-12');
    expect(streetMonth([month('2026-01')], '2025-12-31')).toBeNull();
  });

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
