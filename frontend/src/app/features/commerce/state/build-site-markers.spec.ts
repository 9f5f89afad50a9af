import { SiteRow } from '../data-access/commerce-rows';
import { buildSiteMarkers } from './build-site-markers';

describe('the counters on the map', () => {
  it('sizes the counters on the map by their flow and says their completeness in words', () => {
    const site = (id: string, mean: number | null): SiteRow => ({
      site_id: id,
      name: `Compteur ${id}`,
      kind: 'pedestrian',
      zone: 'Centre',
      street: null,
      quartier_id: null,
      lat: 50.63,
      lon: 3.06,
      days_followed: 365,
      days_complete: 360,
      hours_ok: 8700,
      hours_fault: 60,
      hours_missing: 0,
      hours_expected: 8760,
      completeness: 0.9932,
      count_total: 0,
      mean_daily_complete: mean,
      first_day: null,
      last_day: null,
    });

    const markers = buildSiteMarkers([site('A', 10000), site('B', 2500), site('C', null)], 'fr');

    expect(markers.map((m) => m.radius)).toEqual([14, 10, 5]);
    expect(markers[0].label).toBe(
      'Compteur A (Piétons) : 10 000 passages par jour complet, données complètes à 99,3 %',
    );
  });
});
