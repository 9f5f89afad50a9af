import { ACTIVITIES, vacancyAt } from './commerce';
import { PLANTED_STORIES } from './index';
import { specCity } from './spec-city';

describe('the demo shop premises', () => {
  const city = specCity({});
  const output = { premises: city.premises, statuses: city.premises_status };
  const lille = (p: { commune_insee: string }) => p.commune_insee === '59350';
  const onStreet = (p: { commune_insee: string; street: string }) =>
    lille(p) && p.street === PLANTED_STORIES.decliningStreet.street;

  it('keeps the overall vacancy of each commune around 8-12 %', () => {
    for (const date of ['2020-12-31', '2022-12-31', '2024-12-31', '2026-10-31']) {
      const all = vacancyAt(output, date);
      expect(all.rate).withContext(date).toBeGreaterThan(0.08);
      expect(all.rate).withContext(date).toBeLessThan(0.13);
      expect(vacancyAt(output, date, lille).rate)
        .withContext(date)
        .toBeLessThan(0.13);
    }
  });

  it('plants a street whose vacancy climbs from about 5 % to 25-30 % with long vacancies', () => {
    const start = vacancyAt(output, '2020-06-30', onStreet);
    const end = vacancyAt(output, '2026-10-31', onStreet);
    const middle = vacancyAt(output, '2023-06-30', onStreet);

    expect(start.active).toBeGreaterThanOrEqual(30);
    expect(start.rate).toBeLessThanOrEqual(0.08);
    expect(middle.rate).toBeGreaterThan(start.rate);
    expect(end.rate).toBeGreaterThan(middle.rate);
    expect(end.rate).toBeGreaterThanOrEqual(0.22);
    expect(end.rate).toBeLessThanOrEqual(0.33);
    expect(end.longVacant).toBeGreaterThanOrEqual(3);
  });

  it('writes a dated history from 2019 with openings, closures, works and a few closed premises', () => {
    const ids = new Set(city.premises.map((p) => `${p.commune_insee}|${p.premises_id}`));
    const firsts = new Map<string, string>();
    for (const s of city.premises_status) {
      const key = `${s.commune_insee}|${s.premises_id}`;
      expect(ids.has(key)).toBeTrue();
      if (!firsts.has(key) || s.valid_from < firsts.get(key)!) firsts.set(key, s.valid_from);
      if (s.status === 'occupied') expect(ACTIVITIES).toContain(s.activity as (typeof ACTIVITIES)[number]);
      else expect(s.activity).toBeNull();
    }
    expect([...firsts.values()].every((d) => d === '2019-01-01')).toBeTrue();
    expect(firsts.size).toBe(city.premises.length);
    const statuses = new Set(city.premises_status.map((s) => s.status));
    expect(statuses).toEqual(new Set(['occupied', 'vacant', 'works', 'closed']));
    const closed = new Set(city.premises_status.filter((s) => s.status === 'closed').map((s) => s.premises_id)).size;
    expect(closed).toBeGreaterThan(5);
    expect(closed).toBeLessThan(city.premises.length * 0.03);
    expect(city.premises.every((p) => p.surface_m2 >= 30 && p.surface_m2 <= 400)).toBeTrue();
    expect(new Set(city.premises_status.map((s) => `${s.commune_insee}|${s.premises_id}|${s.valid_from}`)).size).toBe(
      city.premises_status.length,
    );
    expect(city.premises_status.every((s) => s.valid_from <= '2026-10-31')).toBeTrue();
  });
});
