import { SCHOOL_HOLIDAYS_ZONE_B, dayRange, isPublicHoliday, isSchoolHoliday, weekday, toDay } from './calendar';

describe('the demo calendar', () => {
  it('knows the eleven French public holidays of a year, Easter Monday, Ascension and Whit Monday included', () => {
    const holidays = dayRange('2025-01-01', '2025-12-31')
      .filter((d) => d.publicHoliday)
      .map((d) => d.iso);

    expect(holidays).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-08',
      '2025-05-29',
      '2025-06-09',
      '2025-07-14',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
    expect(isPublicHoliday('2024-05-09')).toBeTrue(); // Ascension 2024
    expect(isPublicHoliday('2024-05-10')).toBeFalse();
  });

  it('refuses a day its copy of the SQL calendar does not cover', () => {
    expect(() => isPublicHoliday('2041-01-01')).toThrowError(/covers 2015-2040/);
  });

  it('knows the school holidays of zone B, in order and without overlaps', () => {
    expect(isSchoolHoliday('2024-02-26')).toBeTrue(); // winter 2024, zone B
    expect(isSchoolHoliday('2024-02-12')).toBeFalse(); // zone C was off, not B
    expect(isSchoolHoliday('2025-08-15')).toBeTrue();
    expect(isSchoolHoliday('2025-09-02')).toBeFalse();
    for (let i = 1; i < SCHOOL_HOLIDAYS_ZONE_B.length; i++) {
      expect(SCHOOL_HOLIDAYS_ZONE_B[i].start > SCHOOL_HOLIDAYS_ZONE_B[i - 1].end).toBeTrue();
    }
    // Holidays start on a Saturday (2021 summer and 2022 summer started on a Tuesday and a Thursday).
    const saturdays = SCHOOL_HOLIDAYS_ZONE_B.filter((p) => weekday(toDay(p.start)) === 5).length;
    expect(saturdays).toBeGreaterThanOrEqual(SCHOOL_HOLIDAYS_ZONE_B.length - 3);
  });
});
