import { isRepeatedWallMinute, parisDateTime, parisDay, parisOffsetMinutes, parisYear } from './paris-time';

const minutes = (iso: string) => Date.parse(`${iso}Z`) / 60_000;

describe('Paris time (from the time zone database)', () => {
  it('takes the day and the year of Paris, not of Greenwich', () => {
    expect(parisDay(new Date('2026-11-26T22:59:00Z'))).toBe('2026-11-26');
    expect(parisDay(new Date('2026-11-26T23:00:00Z'))).toBe('2026-11-27');
    expect(parisDay(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
    expect(parisDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(parisYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });

  it('writes an instant the French way, summer and winter', () => {
    expect(parisDateTime(new Date('2026-07-14T08:30:00Z'))).toBe('14/07/2026 10:30:00');
    expect(parisDateTime(new Date('2026-01-05T08:30:05Z'))).toBe('05/01/2026 09:30:05');
  });

  it('moves clocks forward and back at 01:00 UTC on the last Sundays of March and October', () => {
    expect(parisOffsetMinutes(minutes('2024-03-31T00:59:00'))).toBe(60);
    expect(parisOffsetMinutes(minutes('2024-03-31T01:00:00'))).toBe(120);
    expect(parisOffsetMinutes(minutes('2024-10-27T00:59:00'))).toBe(120);
    expect(parisOffsetMinutes(minutes('2024-10-27T01:00:00'))).toBe(60);
    expect(parisOffsetMinutes(minutes('2024-10-27T23:59:00'))).toBe(60);
    // 1995: the last year clocks went back in September
    expect(parisOffsetMinutes(minutes('1995-10-01T12:00:00'))).toBe(60);
  });

  it('knows that 02:00-02:59 happens twice on the day clocks go back, and no other hour', () => {
    expect(isRepeatedWallMinute(minutes('2024-10-27T02:00:00'))).toBeTrue();
    expect(isRepeatedWallMinute(minutes('2024-10-27T02:59:00'))).toBeTrue();
    expect(isRepeatedWallMinute(minutes('2024-10-27T01:59:00'))).toBeFalse();
    expect(isRepeatedWallMinute(minutes('2024-10-27T03:00:00'))).toBeFalse();
    expect(isRepeatedWallMinute(minutes('2024-03-31T02:30:00'))).toBeFalse();
    expect(isRepeatedWallMinute(minutes('2024-10-20T02:30:00'))).toBeFalse();
  });
});
