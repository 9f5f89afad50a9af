import { PLANTED_STORIES } from './index';
import type { MeterReadingRow } from './rows';
import { specCity, sum } from './spec-city';

/** Quantity of the bills that start in [from, to). */
const billed = (readings: MeterReadingRow[], from: string, to: string) =>
  sum(readings.filter((r) => r.period_start >= from && r.period_start < to).map((r) => r.quantity));

describe('the demo fluids', () => {
  const city = specCity({});
  const lille = city.meter_readings.filter((r) => r.commune_insee === '59350');
  const of = (buildingId: string, fluid: string) =>
    lille.filter((r) => r.building_id === buildingId && r.fluid === fluid);

  it('gives every building three meters: electricity, gas or heat, water', () => {
    const perBuilding = new Map<string, string[]>();
    for (const m of city.meters) {
      const key = `${m.commune_insee}|${m.building_id}`;
      perBuilding.set(key, [...(perBuilding.get(key) ?? []), m.fluid]);
    }
    expect(perBuilding.size).toBe(city.buildings.length);
    for (const fluids of perBuilding.values()) {
      expect(fluids.length).toBe(3);
      expect(fluids).toContain('electricity');
      expect(fluids).toContain('water');
      expect(fluids.includes('gas') !== fluids.includes('heat')).toBeTrue();
    }
  });

  it('plants the leaking school: water tripled from September 2025, in summer too', () => {
    const { building_id } = PLANTED_STORIES.leakingSchool;
    const water = of(building_id, 'water');
    const before = billed(water, '2024-09-01', '2025-09-01');
    const after = billed(water, '2025-09-01', '2026-09-01');
    const summerBefore = billed(water, '2025-06-01', '2025-09-01');
    const summerAfter = billed(water, '2026-06-01', '2026-09-01');
    const extraCost =
      sum(
        water.filter((r) => r.period_start >= '2025-09-01' && r.period_start < '2026-09-01').map((r) => r.amount_eur),
      ) -
      sum(
        water.filter((r) => r.period_start >= '2024-09-01' && r.period_start < '2025-09-01').map((r) => r.amount_eur),
      );

    expect(after / before).toBeGreaterThan(2.5);
    expect(after / before).toBeLessThan(4);
    expect(summerAfter / summerBefore).toBeGreaterThan(3);
    expect(extraCost).toBeGreaterThan(3000);
    expect(city.buildings.find((b) => b.building_id === building_id)!.name).toBe(PLANTED_STORIES.leakingSchool.name);
  });

  it('plants a large building whose weather-corrected energy rises while the others fall', () => {
    const dju = new Map<number, number>();
    for (const d of city.degree_days.filter((x) => x.commune_insee === '59350')) {
      const year = Number(d.month.slice(0, 4));
      dju.set(year, (dju.get(year) ?? 0) + d.dju);
    }
    const corrected = (buildingId: string, year: number) =>
      sum(
        lille
          .filter((r) => r.building_id === buildingId && r.unit === 'kWh' && r.period_start.startsWith(String(year)))
          .map((r) => (r.fluid === 'electricity' ? r.quantity : (r.quantity * 2580) / dju.get(year)!)),
      );
    const trend = (id: string) => Math.pow(corrected(id, 2025) / corrected(id, 2022), 1 / 3) - 1;
    const trends = city.buildings
      .filter((b) => b.commune_insee === '59350' && b.building_id !== PLANTED_STORIES.driftingBuilding.building_id)
      .map((b) => trend(b.building_id))
      .sort((a, b) => a - b);
    const drifting = city.buildings.find((b) => b.building_id === PLANTED_STORIES.driftingBuilding.building_id)!;

    expect(drifting.heated_area_m2).toBeGreaterThan(1000);
    expect(trend(drifting.building_id)).toBeGreaterThan(0.015);
    expect(trend(drifting.building_id)).toBeLessThan(0.05);
    expect(trends[Math.floor(trends.length / 2)]).toBeGreaterThan(-0.03);
    expect(trends[Math.floor(trends.length / 2)]).toBeLessThan(-0.005);
    expect(trends.filter((t) => t > 0.015).length).toBeLessThan(trends.length * 0.05);
  });

  it('has plausible intensities, prices and the 2022-2023 price shock', () => {
    const intensity = (type: string) => {
      const buildings = city.buildings.filter((b) => b.commune_insee === '59350' && b.type === type);
      const values = buildings
        .map(
          (b) =>
            billed(
              lille.filter((r) => r.building_id === b.building_id && r.unit === 'kWh'),
              '2023-01-01',
              '2024-01-01',
            ) / b.heated_area_m2,
        )
        .sort((x, y) => x - y);
      return values[Math.floor(values.length / 2)];
    };
    expect(intensity('school')).toBeGreaterThan(110);
    expect(intensity('school')).toBeLessThan(180);
    expect(intensity('pool')).toBeGreaterThan(500);

    const price = (fluid: string, year: number) => {
      const bills = lille.filter((r) => r.fluid === fluid && r.period_start.startsWith(String(year)));
      return sum(bills.map((r) => r.amount_eur)) / sum(bills.map((r) => r.quantity));
    };
    expect(price('electricity', 2021)).toBeGreaterThan(0.15);
    expect(price('electricity', 2023)).toBeLessThan(0.28);
    expect(price('electricity', 2023) / price('electricity', 2021)).toBeGreaterThan(1.3);
    expect(price('gas', 2023)).toBeGreaterThan(0.1);
    expect(price('gas', 2020)).toBeLessThan(0.075);
    expect(price('water', 2024)).toBeGreaterThan(4);
    expect(price('water', 2024)).toBeLessThan(5.2);
  });

  it('keeps the bills honest about their own quality', () => {
    const days = (r: MeterReadingRow) => (Date.parse(r.period_end) - Date.parse(r.period_start)) / 86_400_000 + 1;
    const offset = new Set(
      city.meter_readings.filter((r) => r.period_start.slice(8) !== '01').map((r) => r.building_id),
    );
    const long = city.meter_readings.filter((r) => days(r) > 65);
    const resets = city.meter_readings.filter((r) => r.index_reset);

    expect(offset.size / city.buildings.length).toBeGreaterThan(0.05);
    expect(offset.size / city.buildings.length).toBeLessThan(0.18);
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(long.length).toBeLessThanOrEqual(10);
    expect(resets.length).toBe(1);
    expect(resets[0].building_id).toBe(PLANTED_STORIES.indexReset.building_id);
    expect(resets[0].index_end).toBeLessThan(resets[0].index_start);
    expect(city.meter_readings.every((r) => r.period_end >= r.period_start && r.period_end <= '2026-10-31')).toBeTrue();

    // Missing months: a meter whose consecutive bills leave days uncovered.
    let gaps = 0;
    const byMeter = new Map<string, MeterReadingRow[]>();
    for (const r of city.meter_readings) {
      const key = `${r.commune_insee}|${r.building_id}|${r.fluid}`;
      const bills = byMeter.get(key) ?? [];
      bills.push(r);
      byMeter.set(key, bills);
    }
    for (const bills of byMeter.values()) {
      for (let i = 1; i < bills.length; i++) {
        if (Date.parse(bills[i].period_start) - Date.parse(bills[i - 1].period_end) > 86_400_000) gaps += 1;
      }
    }
    expect(gaps).toBeGreaterThanOrEqual(4);
    expect(
      new Set(city.meter_readings.map((r) => `${r.building_id}|${r.fluid}|${r.period_start}|${r.period_end}`)).size,
    ).toBe(city.meter_readings.length);
  });
});
