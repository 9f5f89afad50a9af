// A SHA-256 over every row of the demo city, table by table in insertion order: two runs with the same options
// must print the same fingerprint (the determinism spec and `demo:generate --dry-run` use it).
import { createHash } from 'node:crypto';
import { DEMO_TABLES, type DemoCity, type DemoTable } from './index';

export function fingerprintDemoCity(city: DemoCity): {
  total: string;
  tables: Record<DemoTable, string>;
} {
  const total = createHash('sha256');
  const tables = {} as Record<DemoTable, string>;
  for (const table of DEMO_TABLES) {
    const hash = createHash('sha256');
    for (const row of city[table] as Iterable<object>) hash.update(JSON.stringify(row)).update('\n');
    tables[table] = hash.digest('hex');
    total.update(`${table}:${tables[table]}\n`);
  }
  return { total: total.digest('hex'), tables };
}
