import { NORMAL_MONTHLY_DJU } from './degree-days';
import { specCity, sum } from './spec-city';

describe('the demo degree-days (Lille-Lesquin, base 18 °C)', () => {
  const city = specCity({ scale: 0.1 });
  const lille = city.degree_days.filter((d) => d.commune_insee === '59350');
  const byYear = (year: number) => lille.filter((d) => d.month.startsWith(String(year)));

  it('has one row per commune and complete month, all on the Lille-Lesquin station', () => {
    expect(lille.length).toBe(82); // 2020-01 ... 2026-10
    expect(city.degree_days.length).toBe(4 * 82);
    expect(new Set(city.degree_days.map((d) => d.station))).toEqual(new Set(['LILLE-LESQUIN']));
    const roubaix = city.degree_days.filter((d) => d.commune_insee === '59512');
    expect(roubaix.map((d) => d.dju)).toEqual(lille.map((d) => d.dju));
  });

  it('lands every full year between 2,300 and 2,700 DJU', () => {
    for (let year = 2020; year <= 2025; year++) {
      const total = sum(byYear(year).map((d) => d.dju));
      expect(total).withContext(String(year)).toBeGreaterThanOrEqual(2300);
      expect(total).withContext(String(year)).toBeLessThanOrEqual(2700);
    }
  });

  it('follows the monthly profile: cold winters, almost nothing in summer', () => {
    const mean = (month: number) =>
      sum(lille.filter((d) => Number(d.month.slice(5, 7)) === month && d.month < '2026').map((d) => d.dju)) / 6;
    for (const month of [1, 2, 3, 4, 10, 11, 12]) {
      expect(mean(month) / NORMAL_MONTHLY_DJU[month - 1])
        .withContext(`month ${month}`)
        .toBeGreaterThan(0.8);
      expect(mean(month) / NORMAL_MONTHLY_DJU[month - 1])
        .withContext(`month ${month}`)
        .toBeLessThan(1.2);
    }
    expect(mean(7)).toBeLessThan(60);
    expect(mean(8)).toBeLessThan(60);
    expect(mean(1)).toBeGreaterThan(mean(4));
    expect(mean(4)).toBeGreaterThan(mean(6));
    expect(mean(12)).toBeGreaterThan(mean(10));
  });
});
