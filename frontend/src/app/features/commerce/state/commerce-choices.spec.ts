import { INTERVENTIONS_FIXTURE } from '../data-access/commerce-rows.fixture';
import { asOfDate, yearPeriod } from './commerce-choices';
import { defaultIntervention } from './impact-choice';

describe('town-centre choices', () => {
  const today = new Date(Date.UTC(2026, 10, 26));

  it('describes a past year on 31 December and the year in progress today', () => {
    expect(asOfDate(2025, today)).toBe('2025-12-31');
    expect(asOfDate(2026, today)).toBe('2026-11-26');
    expect(yearPeriod(2025, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearPeriod(2026, today)).toEqual({ from: '2025-11-27', to: '2026-11-26' });
  });

  it('counts the day and the year of Paris: 31 December at 23:30 UTC is already the new year', () => {
    const newYearInParis = new Date(Date.UTC(2026, 11, 31, 23, 30));

    expect(asOfDate(2026, newYearInParis)).toBe('2026-12-31');
    expect(asOfDate(2027, newYearInParis)).toBe('2027-01-01');
    expect(yearPeriod(2027, newYearInParis)).toEqual({ from: '2026-01-02', to: '2027-01-01' });
  });

  it('opens the impact tool on the intervention named in the URL, else on the latest works with counters', () => {
    expect(defaultIntervention(INTERVENTIONS_FIXTURE, 'LIL-INT-003')).toBe('LIL-INT-003');
    expect(defaultIntervention(INTERVENTIONS_FIXTURE, null)).toBe('LIL-INT-001');
    expect(defaultIntervention(INTERVENTIONS_FIXTURE, 'NOPE')).toBe('LIL-INT-001');
    expect(defaultIntervention([], null)).toBeNull();
  });
});
