import { DAYS_FIXTURE, PROFILE_FIXTURE } from '../data-access/commerce-rows.fixture';
import { SiteRow, YearOnYearRow } from '../data-access/commerce-rows';
import { buildDailyChart, buildHeatmap, buildSiteMarkers, buildYearOnYear } from './build-flows';

describe('flow charts', () => {
  it('leaves a day out of the line when a counter of the area was down: a gap, never a fall', () => {
    const chart = buildDailyChart(DAYS_FIXTURE, 'Wazemmes', 'fr');
    const [series] = chart.options.series as { data: (number | null)[] }[];

    expect(series.data).toEqual([20000, null, 21000]);
    expect(chart.summary).toBe(
      'Wazemmes : jours tracés, 2 sur 3 ; jours non tracés parce qu’au moins un compteur était en panne ou n’a rien transmis : 1 ; jours fériés dans la série : 1.',
    );
    // the table keeps the partial day with its completeness
    expect(chart.rows[1]).toEqual({
      day: '2025-05-08',
      counts: 9000,
      sites: 2,
      complete: 1,
      completeness: 0.5,
      holiday: 'Victoire 1945',
    });
  });

  it('draws the typical week as a heatmap and names its peak and the lunchtime share', () => {
    const chart = buildHeatmap(PROFILE_FIXTURE, 'Wazemmes', 2025, 'fr');

    expect(chart.heading).toBe('Semaine type 2025 : Wazemmes');
    // 8 % + 7 % of each weekday between 12:00 and 14:00
    expect(chart.summary).toBe(
      'Wazemmes : pic le vendredi à 17 h (1 500 passages en moyenne) ; un jour de semaine, 15,0 % du flux passe entre 12 h et 14 h. Jours fériés écartés.',
    );
    expect((chart.options.series as { data: number[][] }[])[0].data[0]).toEqual([12, 0, 900]);
  });

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

  it('puts the commune first in the year-on-year table and says how many days the comparison rests on', () => {
    const row = (level: YearOnYearRow['level'], zone: string | null, change: number): YearOnYearRow => ({
      level,
      kind: 'pedestrian',
      zone,
      site_id: null,
      current_total: 100,
      previous_total: 100,
      change_rate: change,
      days_compared: 316,
      site_days_compared: 900,
      site_days_gap: 2,
      site_days_calendar: 40,
      days_in_period: 365,
    });

    const table = buildYearOnYear(
      [row('zone', 'Wazemmes', 0.182), row('commune', null, 0.03), row('zone', 'Centre-ville', -0.004)],
      'pedestrian',
      '2025-01-01',
      '2025-12-31',
      'fr',
    );

    expect(table.rows.map((r) => r['area'])).toEqual(['Toute la commune', 'Centre-ville', 'Wazemmes']);
    expect(table.summary).toContain(
      'évolue de +3,0 % par rapport aux mêmes jours de semaine de l’année précédente, sur 316 jours comparés sur 365',
    );
    expect(table.summary).toContain('par zone : Centre-ville -0,4 %, Wazemmes +18,2 %.');
  });
});
