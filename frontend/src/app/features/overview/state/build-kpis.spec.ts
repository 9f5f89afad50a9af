import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { buildKpis, fluidsCostStatus, vacancyStatus } from './build-kpis';

describe('buildKpis', () => {
  const kpis = buildKpis(OVERVIEW_ROWS_FIXTURE, 2025, 'fr');
  const kpi = (id: string) => kpis.find((candidate) => candidate.id === id)!;

  it('gives the six key figures of the year, labelled in French', () => {
    expect(kpis.map((k) => k.label)).toEqual([
      'Dépenses de fonctionnement',
      "Dépenses d'investissement",
      'Coût des fluides',
      "Consommation d'énergie",
      'Taux de vacance commerciale',
      'Fréquentation',
    ]);
    expect(kpi('operating').value).toBe(412_500_000);
  });

  it('compares each figure with the year before', () => {
    expect(kpi('operating').change).toBeCloseTo(0.032, 4);
    expect(kpi('operating').comparedWith).toBe(2024);
    expect(kpi('investment').change).toBeCloseTo(-0.05, 6);
  });

  it('compares the vacancy rate in percentage points', () => {
    expect(kpi('vacancy').changeIn).toBe('points');
    expect(kpi('vacancy').change).toBeCloseTo(-0.008, 6);
  });

  it('flags a 15 % rise of the fluids bill and a 9.4 % vacancy rate', () => {
    expect(kpi('fluids-cost').status).toBe('alert');
    expect(kpi('vacancy').status).toBe('warn');
    expect(kpi('operating').status).toBeNull();
  });

  it('draws each sparkline over the years up to the one selected', () => {
    expect(kpi('footfall').trend).toEqual([9_000_000, 9_450_000]);
  });

  it('does not compare a year in progress with a full year', () => {
    const partial = buildKpis(OVERVIEW_ROWS_FIXTURE, 2026, 'fr');
    expect(partial.every((k) => k.change === null && k.comparedWith === null)).toBeTrue();
    expect(partial[0].value).toBe(350_000_000);
  });

  it('shows no change when the previous year is missing', () => {
    const first = buildKpis(OVERVIEW_ROWS_FIXTURE, 2024, 'fr');
    expect(first[0].change).toBeNull();
    expect(first[0].value).toBe(399_709_302);
  });
});

describe('KPI thresholds', () => {
  it('sets vacancy at ok below 7.5 %, watch below 10 %, alert above', () => {
    expect(vacancyStatus(0.07)).toBe('ok');
    expect(vacancyStatus(0.075)).toBe('warn');
    expect(vacancyStatus(0.1)).toBe('alert');
    expect(vacancyStatus(null)).toBeNull();
  });

  it('watches the fluids bill above +3 % a year and alerts above +10 %', () => {
    expect(fluidsCostStatus(0.02)).toBe('ok');
    expect(fluidsCostStatus(0.05)).toBe('warn');
    expect(fluidsCostStatus(0.12)).toBe('alert');
  });
});
