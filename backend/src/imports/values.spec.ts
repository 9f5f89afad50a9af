import { parseDate, parseFrenchNumber } from './values';

describe('reading numbers as French files write them', () => {
  it('reads a decimal comma and spaces (plain, no-break, narrow) as thousands separators', () => {
    expect(parseFrenchNumber('1 234 567,89')).toBe(1234567.89);
    expect(parseFrenchNumber('1\u00a0234,5')).toBe(1234.5);
    expect(parseFrenchNumber('1\u202f234,5 €')).toBe(1234.5);
    expect(parseFrenchNumber('12,5')).toBe(12.5);
  });

  it('reads a decimal point, and dot or comma thousands when both separators appear', () => {
    expect(parseFrenchNumber('12.5')).toBe(12.5);
    expect(parseFrenchNumber('1.234,56')).toBe(1234.56);
    expect(parseFrenchNumber('1,234.56')).toBe(1234.56);
    expect(parseFrenchNumber('1.234.567')).toBe(1234567);
  });

  it('reads negative amounts written with a sign, a trailing minus or parentheses', () => {
    expect(parseFrenchNumber('-12,5')).toBe(-12.5);
    expect(parseFrenchNumber('12,5-')).toBe(-12.5);
    expect(parseFrenchNumber('(12,5)')).toBe(-12.5);
  });

  it('refuses what is not an unambiguous number', () => {
    for (const bad of ['', 'abc', '12,3,4', '1.2.3', '12..5', '1,2.3,4', '12 kWh']) {
      expect(parseFrenchNumber(bad)).withContext(bad).toBeUndefined();
    }
  });
});

describe('reading dates', () => {
  it('reads ISO and French day-first dates into YYYY-MM-DD', () => {
    expect(parseDate('2025-01-15')).toBe('2025-01-15');
    expect(parseDate('15/01/2025')).toBe('2025-01-15');
    expect(parseDate('5-1-2025')).toBe('2025-01-05');
    expect(parseDate('2025-01-15T00:00:00Z')).toBe('2025-01-15');
  });

  it('refuses impossible calendar dates', () => {
    expect(parseDate('31/02/2025')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });
});
