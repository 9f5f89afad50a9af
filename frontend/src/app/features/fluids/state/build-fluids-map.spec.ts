import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { BUILDINGS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { ALERT_COLOR, buildFluidsMap, NO_ALERT_COLOR } from './build-fluids-map';

describe('buildFluidsMap', () => {
  it('colours each quartier by its buildings’ bill (the public quartier figures) and draws the located buildings', () => {
    const map = buildFluidsMap(
      QUARTIERS_FIXTURE,
      QUARTIER_SUMMARIES_FIXTURE,
      BUILDINGS_FIXTURE,
      2025,
      'intensity',
      'fr',
    );

    expect(map.values.get(2)).toBe(510_000);
    expect(map.markers.map((m) => m.id)).toEqual(['LIL-GYM-002', 'LIL-ECO-023', 'LIL-PIS-001']);
    expect(map.markers[0].label).toBe('Complexe sportif Pierre de Coubertin : 176 kWh/m²');
  });

  it('in alert mode, puts the buildings with open alerts first, in red, and says so in words', () => {
    const map = buildFluidsMap(QUARTIERS_FIXTURE, QUARTIER_SUMMARIES_FIXTURE, BUILDINGS_FIXTURE, 2025, 'alerts', 'fr');

    expect(map.markers.map((m) => [m.id, m.color])).toEqual([
      ['LIL-GYM-002', ALERT_COLOR],
      ['LIL-ECO-023', ALERT_COLOR],
      ['LIL-PIS-001', NO_ALERT_COLOR],
    ]);
    expect(map.markers[2].label).toBe('Piscine Marx Dormoy : aucune alerte à traiter');
    expect(map.markers[0].label).toMatch(/^Complexe sportif Pierre de Coubertin : \d alertes? à traiter$/);
    expect(map.legend).toContain('rouge');
  });

  it('gives the public the quartiers coloured, and no building', () => {
    const map = buildFluidsMap(QUARTIERS_FIXTURE, QUARTIER_SUMMARIES_FIXTURE, [], 2025, 'intensity', 'fr');

    expect(map.values.get(1)).toBe(820_000);
    expect(map.markers).toEqual([]);
  });
});
