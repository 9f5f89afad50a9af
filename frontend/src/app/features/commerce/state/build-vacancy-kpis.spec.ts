import { MONTHLY_FIXTURE, OVERVIEW_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildVacancyKpis, vacancyStatus } from './build-vacancy-kpis';

describe('vacancy key figures', () => {
  it('reads the alert threshold and the national level from the references the API gives', () => {
    const references = OVERVIEW_FIXTURE.references;

    // 7.5 % usual alert threshold, 10 % national level
    expect(vacancyStatus(0.07, references)).toBe('ok');
    expect(vacancyStatus(0.08, references)).toBe('warn');
    expect(vacancyStatus(0.1092, references)).toBe('alert');
    expect(vacancyStatus(null, references)).toBeNull();
  });

  it('compares each figure with the same day a year before, rates in points, counts in per cent', () => {
    const kpis = buildVacancyKpis(OVERVIEW_FIXTURE, MONTHLY_FIXTURE, 'fr');

    expect(kpis.map((k) => k.id)).toEqual([
      'vacancy-rate',
      'vacant',
      'structural',
      'surface',
      'duration',
    ]);
    const [rate, vacant, structural, , duration] = kpis;
    // 10.92 % against 10.52 %: +0.4 point
    expect(rate.change).toBeCloseTo(0.004, 6);
    expect([rate.changeIn, rate.comparedWith, rate.status]).toEqual(['points', 2024, 'alert']);
    // 213 vacant against 204: +4.4 %; 109 structurally against 94: +16.0 %
    expect(vacant.change).toBeCloseTo(9 / 204, 6);
    expect(structural.change).toBeCloseTo(15 / 94, 6);
    expect([duration.value, duration.unit]).toEqual([378, 'jours']);
    // the sparkline stops at the page's date: October 2026 is beyond 2025
    expect(rate.trend).toEqual([0.085, 0.108, 0.1092]);
  });

  it('shows nothing for a commune without premises', () => {
    expect(buildVacancyKpis({ ...OVERVIEW_FIXTURE, vacancy: null }, [], 'fr')).toEqual([]);
  });
});
