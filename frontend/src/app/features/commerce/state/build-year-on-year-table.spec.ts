import { YearOnYearRow } from '../data-access/commerce-rows';
import { buildYearOnYear } from './build-year-on-year-table';

describe('year on year', () => {
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
