import { FLUIDS_KPIS_2025 } from '../data-access/fluids-kpis.fixture';
import { ALERTS_FIXTURE, COMMUNE_YEARS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildFluidsKpis } from './build-fluids-kpis';

describe('buildFluidsKpis', () => {
  it('gives the bill and the energy (metered, then weather-corrected) as the catalogue says, the water and the open alerts', () => {
    const kpis = buildFluidsKpis(COMMUNE_YEARS_FIXTURE, FLUIDS_KPIS_2025, ALERTS_FIXTURE, 2025, 'fr');

    expect(kpis.map((k) => [k.id, k.value, k.change, k.comparedWith, k.status])).toEqual([
      ['cost', 6_585_222, -0.105, '2024', 'ok'],
      ['energy', 47_600_000, -0.0286, '2024', null],
      ['energy-corrected', 48_100_000, -0.0216, '2024', null],
      ['water', 140_296, -0.0046, 2024, null],
      // the trajectory (12 544,17) and the leak (8 118,90) are open; the acknowledged anomaly and the gap of unknown cost are not counted
      ['alerts', 20_663.07, null, null, null],
    ]);
    expect(kpis.map((k) => k.label)).toEqual([
      'Facture de fluides',
      'Énergie consommée (relevée)',
      'Énergie, corrigée du climat',
      'Eau (m³)',
      'Coût estimé des alertes à traiter (2)',
    ]);
    expect(kpis[0].trend).toEqual([7_357_854, 6_585_222]);
  });

  it('says nothing changed when the catalogue has no comparison', () => {
    const kpis = buildFluidsKpis(COMMUNE_YEARS_FIXTURE, [], [], 2024, 'en');

    expect(kpis.map((k) => [k.label, k.change, k.status])).toEqual([
      ['Utility bill', null, null],
      ['Energy used (metered)', null, null],
      ['Energy, weather-corrected', null, null],
      ['Water (m³)', null, null],
      ['Estimated cost of open alerts (0)', null, null],
    ]);
  });
});
