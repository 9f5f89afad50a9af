import { readFileSync } from 'node:fs';
import { fingerprintDemoCity } from './fingerprint';
import { buildGeography, isInside } from './geography';
import { DEMO_TABLES, PLANTED_STORIES, generateDemoCity, resolveDemoOptions } from './index';
import { specCity } from './spec-city';

/** Columns of each table in the core migration, read from the SQL itself. */
function coreColumns(): Map<string, Set<string>> {
  const sql = readFileSync(new URL('../../../sql/migrations/0001__create_core_tables.sql', import.meta.url), 'utf8');
  const tables = new Map<string, Set<string>>();
  for (const match of sql.matchAll(/create table (\w+) \(([\s\S]*?)\n\);/g)) {
    const columns = new Set<string>();
    for (const line of match[2].split('\n')) {
      const column =
        /^\s{2}(\w+)\s+(text|integer|bigint|bigserial|boolean|numeric|date|double|timestamp|timestamptz|jsonb)/.exec(
          line,
        );
      if (column) columns.add(column[1]);
    }
    tables.set(match[1], columns);
  }
  return tables;
}

/** Optional columns of later migrations the generator fills (the loader skips them where absent). */
const LATER_COLUMNS: Record<string, string[]> = {
  meter_readings: ['index_start', 'index_end'],
  budget_lines: ['chapter_label', 'function_label'],
  programmes: ['ap_initial_eur'],
};

describe('the demo city generator', () => {
  const small = { scale: 0.1, asOf: '2026-10-31' };

  it('gives the same rows for the same options, other rows for another seed', () => {
    const first = fingerprintDemoCity(generateDemoCity(small));
    const second = fingerprintDemoCity(generateDemoCity(small));
    const other = fingerprintDemoCity(generateDemoCity({ ...small, seed: 7 }));

    expect(second).toEqual(first);
    expect(other.total).not.toBe(first.total);
    expect(other.tables.communes).toBe(first.tables.communes); // real contours, no randomness
  }, 120_000);

  it('writes rows whose keys are exactly the columns of the schema', () => {
    const city = specCity(small);
    const schema = coreColumns();
    for (const table of DEMO_TABLES) {
      const [first] = city[table] as Iterable<object>;
      const expected = [...schema.get(table)!, ...(LATER_COLUMNS[table] ?? [])].sort();
      expect(Object.keys(first).sort()).withContext(table).toEqual(expected);
    }
  });

  it('scales the number of entities and keeps the planted stories at any scale', () => {
    const lille = (rows: { commune_insee: string }[]) => rows.filter((r) => r.commune_insee === '59350').length;
    const full = specCity({});
    const tenth = specCity(small);

    expect(lille(full.buildings)).toBe(150);
    expect(full.buildings.length).toBe(300);
    expect(lille(full.premises)).toBe(2000);
    expect(full.premises.length).toBeGreaterThan(3000);
    expect(lille(full.counting_sites)).toBe(41);
    expect(full.counting_sites.length).toBe(50);
    expect(lille(full.programmes)).toBe(60);
    expect(full.quartiers.filter((q) => q.commune_insee === '59350').length).toBe(12);

    expect(lille(tenth.buildings)).toBeLessThan(25);
    expect(lille(tenth.premises)).toBeLessThan(300);
    expect(tenth.counting_sites.length).toBeLessThan(15);
    for (const city of [full, tenth]) {
      expect(city.buildings.map((b) => b.building_id)).toContain(PLANTED_STORIES.leakingSchool.building_id);
      expect(city.buildings.map((b) => b.building_id)).toContain(PLANTED_STORIES.driftingBuilding.building_id);
      expect(city.premises.some((p) => p.street === PLANTED_STORIES.decliningStreet.street)).toBeTrue();
      const sites = city.counting_sites.map((s) => s.site_id);
      for (const id of [
        PLANTED_STORIES.decliningStreet.site_id,
        ...PLANTED_STORIES.works.site_ids,
        ...PLANTED_STORIES.works.control_site_ids,
      ]) {
        expect(sites).toContain(id);
      }
      const works = city.interventions.find((i) => i.intervention_id === PLANTED_STORIES.works.intervention_id)!;
      expect(works.site_ids).toEqual([...PLANTED_STORIES.works.site_ids]);
      expect(city.programmes.map((p) => p.programme_id)).toContain(PLANTED_STORIES.works.programme_id);
    }
  }, 60_000);

  it('doubles the entities at scale 2 with new identifiers', () => {
    const double = generateDemoCity({ scale: 2, asOf: '2021-06-30', from: '2020-01-01' });
    const lilleBuildings = double.buildings.filter((b) => b.commune_insee === '59350');

    expect(lilleBuildings.length).toBeGreaterThanOrEqual(295);
    expect(new Set(double.buildings.map((b) => `${b.commune_insee}|${b.building_id}`)).size).toBe(
      double.buildings.length,
    );
    expect(new Set(double.premises.map((p) => `${p.commune_insee}|${p.premises_id}`)).size).toBe(
      double.premises.length,
    );
    expect(double.counting_sites.filter((s) => s.commune_insee === '59350').length).toBe(82);
  }, 60_000);

  it('names each Lille school once, the planted one included', () => {
    const schools = specCity({}).buildings.filter((b) => b.commune_insee === '59350' && b.type === 'school');
    expect(new Set(schools.map((b) => b.name)).size).toBe(schools.length);
    expect(schools.filter((b) => b.name === PLANTED_STORIES.leakingSchool.name).length).toBe(1);
  });

  it('keeps every row inside its quartier and every quartier_id known', () => {
    const city = specCity(small);
    const quartiers = new Map(buildGeography().quartiers.map((q) => [q.id, q]));
    type Located = { commune_insee: string; quartier_id: number; lon: number; lat: number };
    for (const rows of [city.buildings, city.premises, city.counting_sites, city.programmes]) {
      for (const row of rows as Located[]) {
        const quartier = quartiers.get(row.quartier_id)!;
        expect(quartier.communeInsee).toBe(row.commune_insee);
        expect(isInside(quartier, row.lon, row.lat))
          .withContext(JSON.stringify(row))
          .toBeTrue();
      }
    }
    expect(city.quartiers.every((q) => q.synthetic)).toBeTrue();
    expect(city.communes.map((c) => c.insee_code).sort()).toEqual(['59350', '59378', '59512', '59599']);
    expect(city.communes.every((c) => c.is_demo && c.weather_station === 'LILLE-LESQUIN')).toBeTrue();
  });

  it('refuses options it cannot honour', () => {
    expect(() => resolveDemoOptions({ scale: 0 })).toThrowError(/scale/);
    expect(() => resolveDemoOptions({ asOf: '2026-13-01' })).toThrowError(/asOf/);
    expect(() => resolveDemoOptions({ from: '2020-01-15' })).toThrowError(/first day/);
    expect(resolveDemoOptions({}).asOf).toBe('2026-10-31');
  });
});
