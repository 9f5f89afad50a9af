import { formatValue, formatSignedPercent, formatSignedPoints, plainSpaces } from './format-value';

const fr = (value: Parameters<typeof formatValue>[0], kind: Parameters<typeof formatValue>[1]) =>
  plainSpaces(formatValue(value, kind, 'fr-FR'));
const en = (value: Parameters<typeof formatValue>[0], kind: Parameters<typeof formatValue>[1]) =>
  plainSpaces(formatValue(value, kind, 'en-GB'));

describe('formatValue', () => {
  describe('in French', () => {
    it('writes euros with spaces between thousands and a decimal comma', () => {
      expect(fr(1234567.89, 'currency')).toBe('1 234 567,89 €');
    });

    it('rounds to the euro when asked', () => {
      expect(fr(1234.5, 'euros')).toBe('1 235 €');
    });

    it('shortens large amounts to millions and billions of euros', () => {
      expect(fr(412_500_000, 'compactCurrency')).toBe('412,5 M€');
      expect(fr(1_250_000_000, 'compactCurrency')).toBe('1,3 Md€');
      expect(fr(12_340, 'compactCurrency')).toBe('12,3 k€');
      expect(fr(845, 'compactCurrency')).toBe('845 €');
    });

    it('writes a fraction as a percentage with one decimal and a space before %', () => {
      expect(fr(0.123, 'percent')).toBe('12,3 %');
    });

    it('writes energy in the largest readable unit', () => {
      expect(fr(12_300_000, 'energy')).toBe('12,3 GWh');
      expect(fr(2_000_000, 'energy')).withContext('one decimal in a unit, whatever the value').toBe('2,0 GWh');
      expect(fr(950, 'energy')).toBe('950 kWh');
    });

    it('writes dates day first and months in words', () => {
      expect(fr('2026-11-26', 'date')).toBe('26/11/2026');
      expect(fr('2026-11-26', 'month')).toBe('novembre 2026');
    });

    it('says "n.d." for a missing value rather than showing zero', () => {
      expect(fr(null, 'currency')).toBe('n.d.');
      expect(fr(undefined, 'percent')).toBe('n.d.');
    });

    it('groups thousands of plain numbers', () => {
      expect(fr(236234, 'integer')).toBe('236 234');
    });
  });

  describe('in English', () => {
    it('switches separators and symbol position', () => {
      expect(en(1234567.89, 'currency')).toBe('€1,234,567.89');
      expect(en(0.123, 'percent')).toBe('12.3%');
      expect(en(412_500_000, 'compactCurrency')).toBe('€412.5M');
      expect(en(null, 'number')).toBe('n/a');
    });
  });
});

describe('signed changes', () => {
  it('shows the sign of a relative change', () => {
    expect(plainSpaces(formatSignedPercent(0.032, 'fr-FR'))).toBe('+3,2 %');
    expect(plainSpaces(formatSignedPercent(-0.01, 'fr-FR'))).toBe('-1,0 %');
  });

  it('counts the change of a rate in percentage points', () => {
    expect(plainSpaces(formatSignedPoints(-0.008, 'fr-FR'))).toBe('-0,8 pt');
  });
});
