import { MONTHLY_FIXTURE, OVERVIEW_FIXTURE } from '../data-access/commerce-rows.fixture';
import { COMMERCE_KPIS_2025 } from '../data-access/commerce-kpis.fixture';
import { buildVacancyKpis } from './build-vacancy-kpis';

describe('vacancy key figures', () => {
  it('shows the rate as the KPI catalogue gives it, and the other figures against the same day a year before', () => {
    const kpis = buildVacancyKpis(OVERVIEW_FIXTURE, MONTHLY_FIXTURE, COMMERCE_KPIS_2025, 'fr');

    expect(kpis.map((k) => k.id)).toEqual(['vacancy-rate', 'vacant', 'structural', 'surface', 'duration']);
    const [rate, vacant, structural, , duration] = kpis;
    // the catalogue's 10.92 % against 10.52 %: +0.4 point, past its 10 % alert level
    expect([rate.value, rate.change, rate.changeIn, rate.comparedWith, rate.status]).toEqual([
      0.1092,
      0.004,
      'points',
      '2024',
      'alert',
    ]);
    // 213 vacant against 204: +4.4 %; 109 structurally against 94: +16.0 %
    expect(vacant.change).toBeCloseTo(9 / 204, 6);
    expect(structural.change).toBeCloseTo(15 / 94, 6);
    expect([duration.value, duration.unit]).toEqual([378, 'jours']);
    // the sparkline stops at the page's date: October 2026 is beyond 2025
    expect(rate.trend).toEqual([0.085, 0.108, 0.1092]);
  });

  it('shows nothing for a commune without premises', () => {
    expect(buildVacancyKpis({ ...OVERVIEW_FIXTURE, vacancy: null }, [], COMMERCE_KPIS_2025, 'fr')).toEqual([]);
  });
});
