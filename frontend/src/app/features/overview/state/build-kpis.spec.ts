import { OVERVIEW_KPIS_2025, OVERVIEW_KPIS_2026 } from '../data-access/overview-kpis.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { buildKpis } from './build-kpis';

describe('buildKpis', () => {
  const kpis = buildKpis(OVERVIEW_ROWS_FIXTURE, OVERVIEW_KPIS_2025, 2025, 'fr');
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

  it('shows the change and the status the catalogue gives, never its own', () => {
    expect(kpi('operating').change).toBe(0.032);
    expect(kpi('operating').comparedWith).toBe('2024');
    expect(kpi('fluids-cost').status).toBe('alert');
    expect(kpi('vacancy').status).toBe('warn');
    expect(kpi('vacancy').changeIn).toBe('points');
    expect(kpi('vacancy').change).toBe(-0.008);
    expect(kpi('operating').status).toBeNull();
  });

  it('draws each sparkline over the whole years up to the one selected', () => {
    expect(kpi('footfall').trend).toEqual([9_000_000, 9_450_000]);
  });

  it('compares a year in progress with the same months of the year before, and says which months', () => {
    const partial = buildKpis(OVERVIEW_ROWS_FIXTURE, OVERVIEW_KPIS_2026, 2026, 'fr');
    const cost = partial.find((k) => k.id === 'fluids-cost')!;
    expect(cost.value).toBe(8_000_000);
    expect(cost.change).toBe(-0.1111);
    expect(cost.period).toBe('janv.–oct. 2026');
    expect(cost.comparedWith).toBe('janv.–oct. 2025');
    // never a point of the sparkline, as if it were a whole year
    expect(cost.trend).toEqual([10_000_000, 11_500_000]);
  });

  it('shows a figure the catalogue does not have as missing, without a comparison', () => {
    const partial = buildKpis(OVERVIEW_ROWS_FIXTURE, OVERVIEW_KPIS_2026, 2026, 'fr');
    const operating = partial.find((k) => k.id === 'operating')!;
    expect(operating.value).toBeNull();
    expect(operating.comparedWith).toBeNull();
  });
});
