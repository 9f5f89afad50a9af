import { toDay, fromDay, isPublicHoliday, weekday } from './calendar';
import { PLANTED_STORIES } from './index';
import type { CountHourlyRow } from './rows';
import { specCity, sum } from './spec-city';

describe('the demo hourly counts', () => {
  const city = specCity({ scale: 0.1 });
  const { works, decliningStreet } = PLANTED_STORIES;
  const watched = new Set([decliningStreet.site_id, ...works.site_ids, ...works.control_site_ids, 'LIL-FAC-01']);
  /** site -> day -> 24 hourly counts (null = fault, undefined = missing row). */
  const hours = new Map<string, Map<string, (number | null)[]>>();
  const present = new Map<string, number>();
  let rows = 0;
  let faults = 0;
  let faultsWithCount = 0;

  beforeAll(() => {
    for (const row of city.counts_hourly as Iterable<CountHourlyRow>) {
      rows += 1;
      if (row.status === 'fault') {
        faults += 1;
        if (row.count !== null) faultsWithCount += 1;
      }
      const day = row.hour.slice(0, 10);
      const key = `${row.site_id}|${day}`;
      present.set(key, (present.get(key) ?? 0) + 1);
      if (!watched.has(row.site_id)) continue;
      const site = hours.get(row.site_id) ?? new Map<string, (number | null)[]>();
      hours.set(row.site_id, site);
      const slots = site.get(day) ?? new Array<number | null>(24);
      site.set(day, slots);
      slots[Number(row.hour.slice(11, 13))] = row.count;
    }
  }, 60_000);

  const daily = (site: string, day: string) => sum((hours.get(site)?.get(day) ?? []).map((c) => c ?? 0));
  /** Mean daily count of the sites over [from, to]. */
  const mean = (sites: readonly string[], from: string, to: string) => {
    let total = 0;
    let n = 0;
    for (let d = toDay(from); d <= toDay(to); d++) {
      for (const site of sites) {
        total += daily(site, fromDay(d));
        n += 1;
      }
    }
    return total / n;
  };
  /** Same weeks a year earlier: 364 days before, so weekdays line up. */
  const yearOnYear = (sites: readonly string[], from: string, to: string) =>
    mean(sites, from, to) / mean(sites, fromDay(toDay(from) - 364), fromDay(toDay(to) - 364));

  it('writes one row per site and hour, from 2020 (or installation) to the as-of date', () => {
    const sites = new Map(city.counting_sites.map((s) => [s.site_id, s]));
    expect(rows).toBeGreaterThan(500_000);
    expect(faults).toBeGreaterThan(0);
    expect(faultsWithCount).toBe(0);
    for (const [key, n] of present) expect(n).withContext(key).toBeLessThanOrEqual(24);
    const days = [...present.keys()].map((k) => k.split('|')[1]).sort();
    expect(days[0]).toBe('2020-01-01');
    expect(days[days.length - 1]).toBe('2026-10-31');
    expect([...present.keys()].every((k) => sites.has(k.split('|')[0]))).toBeTrue();
    // Gaps: days with missing hours, and whole days missing after the site's first day.
    const partialDays = [...present.values()].filter((n) => n < 24).length;
    const missingDays = city.counting_sites.map((s) => {
      const first = Math.max(toDay(s.installed_on), toDay('2020-01-01'));
      const days = [...present.keys()].filter((k) => k.startsWith(`${s.site_id}|`)).length;
      return toDay('2026-10-31') - first + 1 - days;
    });
    expect(partialDays + sum(missingDays)).toBeGreaterThan(0);
    expect(Math.min(...missingDays)).toBeGreaterThanOrEqual(0);
  });

  it('follows the town-centre pedestrian profile: ~15 % at 12-14h, ~78 % at 9-19h, late-afternoon peak', () => {
    const shares = new Array(24).fill(0);
    for (const [day, counts] of hours.get('LIL-PED-01')!) {
      const d = toDay(day);
      if (!day.startsWith('2023') || weekday(d) >= 5 || isPublicHoliday(day) || counts.some((c) => c == null)) continue;
      counts.forEach((c, h) => (shares[h] += c ?? 0));
    }
    const total = sum(shares);
    const lunch = (shares[12] + shares[13]) / total;
    const day = sum(shares.slice(9, 19)) / total;
    const peak = shares.indexOf(Math.max(...shares));

    expect(lunch).toBeGreaterThan(0.13);
    expect(lunch).toBeLessThan(0.17);
    expect(day).toBeGreaterThan(0.74);
    expect(day).toBeLessThan(0.82);
    expect(peak).toBeGreaterThanOrEqual(15);
    expect(peak).toBeLessThanOrEqual(18);
  });

  it('shows the 2020 lockdowns and the closed facilities', () => {
    const centre = ['LIL-PED-01'];
    expect(mean(centre, '2020-04-01', '2020-04-30') / mean(centre, '2022-04-01', '2022-04-30')).toBeLessThan(0.3);
    expect(mean(centre, '2020-11-02', '2020-11-27') / mean(centre, '2022-11-07', '2022-12-02')).toBeLessThan(0.6);
    const pool = hours.get('LIL-FAC-01')!;
    expect(
      sum(
        pool
          .get('2023-03-14')!
          .slice(0, 6)
          .map((c) => c ?? 0),
      ),
    ).toBe(0); // closed at night
    expect(daily('LIL-FAC-01', '2020-04-14')).toBe(0); // closed in the first lockdown
  });

  it('plants works that cut footfall, then lift it, while the control sites stay flat', () => {
    const during = yearOnYear(works.site_ids, works.start, works.end);
    const after = yearOnYear(works.site_ids, '2024-09-28', '2025-02-28');
    const controlsDuring = yearOnYear(works.control_site_ids, works.start, works.end);
    const controlsAfter = yearOnYear(works.control_site_ids, '2024-09-28', '2025-02-28');

    expect(during).toBeGreaterThan(0.55);
    expect(during).toBeLessThan(0.75);
    expect(after).toBeGreaterThan(1.08);
    expect(after).toBeLessThan(1.2);
    for (const control of [controlsDuring, controlsAfter]) {
      expect(control).toBeGreaterThan(0.94);
      expect(control).toBeLessThan(1.06);
    }
  });

  it("plants the declining street's footfall sag of 15-20 % (up to April 2026)", () => {
    const ratio = (sites: readonly string[]) =>
      mean(sites, '2026-01-05', '2026-04-26') / mean(sites, '2022-01-03', '2022-04-24');
    const street = ratio([decliningStreet.site_id]);
    const controls = ratio(works.control_site_ids);

    expect(street / controls).toBeGreaterThan(0.78);
    expect(street / controls).toBeLessThan(0.88);
    expect(controls).toBeGreaterThan(0.93);
    expect(controls).toBeLessThan(1.07);
  });

  it('plants a sudden fall of a quarter on the declining street from May 2026, beyond the -20 % alert threshold', () => {
    const { footfallDrop } = decliningStreet;
    // May to October, against the same weeks of 2025 (both Mondays to Sundays)
    const ratio = (sites: readonly string[]) =>
      mean(sites, '2026-05-04', '2026-10-25') / mean(sites, '2025-05-05', '2025-10-26');
    const street = ratio([decliningStreet.site_id]);
    const controls = ratio(works.control_site_ids);

    expect(footfallDrop.change).toBe(-0.25);
    expect(street).toBeLessThan(0.8);
    expect(street / controls).toBeGreaterThan(0.68);
    expect(street / controls).toBeLessThan(0.78);
  });
});
