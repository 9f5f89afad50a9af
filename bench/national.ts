import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { nationalCommuneYears } from '../backend/src/demo/comptes-individuels/national';
import { writeComptesFile } from '../backend/src/demo/comptes-individuels/write';
import { comptesIndividuelsKind } from '../backend/src/imports/kinds/comptes-individuels';
import { runImport } from '../backend/src/imports/run-import';

export interface NationalFigures {
  communes: number;
  file_mb: number;
  import_s: number;
  rows_per_s: number;
  reimport_s: number;
  storage_bytes_per_commune_year: number;
  mart_bytes: number;
}

/**
 * `--communes M`: writes a national "comptes individuels" file of M communes of realistic sizes (one year), imports
 * it as `npm run import -- comptes-individuels` does (parse, COPY, merge, refresh of the peer mart), imports it again
 * (nothing changes), and measures the storage of a commune-year (table and indexes, reference communes included).
 */
export async function benchNationalImport(db: Knex, communes: number, year: number): Promise<NationalFigures> {
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-national-')),
    `comptes-individuels-${year}.csv`,
  );
  const bytes = writeComptesFile(file, nationalCommuneYears(communes, [year]));
  const content = fs.readFileSync(file);
  const timed = async () => {
    const started = Date.now();
    const report = await runImport(db, comptesIndividuelsKind, content, {
      commune: '',
      fileName: path.basename(file),
      importedBy: 'bench',
    });
    if (report.status !== 'landed')
      throw new Error(`national import refused: ${JSON.stringify(report.issues.slice(0, 3))}`);
    return { seconds: (Date.now() - started) / 1000, rows: report.rows_read };
  };
  const first = await timed();
  const again = await timed();
  await db.raw('analyze dgfip_comptes_communes');
  const [{ facts, rows, mart }] = (
    await db.raw(`select pg_total_relation_size('dgfip_comptes_communes') as facts, (select count(*) from dgfip_comptes_communes) as rows,
                         pg_total_relation_size('analytics.kpi_budget_peer_groups') as mart`)
  ).rows;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return {
    communes,
    file_mb: Math.round(bytes / 1e5) / 10,
    import_s: first.seconds,
    rows_per_s: Math.round(first.rows / first.seconds),
    reimport_s: again.seconds,
    storage_bytes_per_commune_year: Math.round(Number(facts) / Number(rows)),
    mart_bytes: Number(mart),
  };
}
