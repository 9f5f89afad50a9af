import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { repoRoot } from '../../config/env';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, startTestApp } from '../../../test/helpers/http';
import { rollbackImport } from '../../imports/rollback';
import { runImport } from '../../imports/run-import';
import { comptesIndividuelsKind } from '../../imports/kinds/comptes-individuels';
import { peerRow } from './peers.schemas';

const sample = path.join(repoRoot, 'backend/src/demo/data/comptes-individuels-2023-2024.csv');

/**
 * The shipped real-layout sample of the DGFiP's national file (27 communes, 2023 and 2024; see
 * backend/src/demo/data/PROVENANCE-comptes-individuels.md) imported as a finance agent would, then read over HTTP.
 * Lille is a full commune (created first); the 26 others land as reference communes.
 *
 * Strate "communes de 100 000 hab et plus appartenant à un groupement fiscalisé (FPU)", 2024, 9 communes loaded.
 * Personnel costs per inhabitant (fperso): Marseille 1180, Lille 1120, Nantes 1050, Rennes 1010, Strasbourg 980,
 *   Amiens 960, Bordeaux 940, Reims 900, Toulouse 870; sorted ascending 870 900 940 960 980 1010 1050 1120 1180:
 *   median = 5th = 980; q1 = position (9 - 1) x 0.25 = 2 -> 3rd = 940; q3 = position 6 -> 7th = 1050;
 *   Lille's rank = 1 + one value above (1180) = 2; published strate average mperso = 1000 (Lille: +12 %).
 * Taux d'épargne brute (rcaf = caf / prod): Lille 200 / 1650 = 12.12 %; Marseille 140 / 1560 = 8.97; Toulouse
 *   240 / 1390 = 17.27; Nantes 210 / 1520 = 13.82; Strasbourg 190 / 1480 = 12.84; Bordeaux 210 / 1450 = 14.48;
 *   Rennes 200 / 1500 = 13.33; Reims 170 / 1360 = 12.50; Amiens 180 / 1420 = 12.68; sorted 8.97 12.12 12.50 12.68
 *   12.84 13.33 13.82 14.48 17.27: median 12.84, q1 12.50, q3 13.82; seven above Lille -> rank 8; the strate's
 *   published rmcaf = (1500 - 1300) / 1500 = 13.33 %.
 * Département 59, 2024: 16 communes of the sample (Lille, Roubaix, Tourcoing, Villeneuve-d'Ascq, Dunkerque, Marcq,
 *   Wattrelos, Lambersart, Douai, Valenciennes, Armentières, Wasquehal, Croix, Hem, Ronchin, Bondues); Lille has the
 *   highest personnel costs per inhabitant of them (1120) -> rank 1.
 */
describe('the DGFiP comptes individuels and GET /budget/peers', () => {
  let db: Knex;
  let url: string;
  let api: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    await db('communes')
      .insert({ insee_code: '59350', name: 'Lille', population: 236234 })
      .onConflict('insee_code')
      .ignore();
    const report = await runImport(db, comptesIndividuelsKind, fs.readFileSync(sample), {
      commune: '',
      fileName: 'comptes-individuels-2023-2024.csv',
    });
    expect(report.status).withContext(JSON.stringify(report.issues)).toBe('landed');
    api = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await db('dgfip_comptes_communes').delete();
    await db('communes').where({ is_reference: true }).delete();
    await db('communes').where({ insee_code: '59350' }).delete();
  });

  it('lands every line, keeps Lille a full commune and brings the 26 others as reference communes', async () => {
    expect(await db('dgfip_comptes_communes').count<{ count: number }[]>('* as count')).toEqual([{ count: 54 }]);
    const lille = await db('communes')
      .where({ insee_code: '59350' })
      .first('name', 'population', 'is_reference', 'departement');
    expect(lille).toEqual({ name: 'Lille', population: 236234, is_reference: false, departement: '59' });
    const references = await db('communes')
      .where({ is_reference: true })
      .orderBy('insee_code')
      .select('insee_code', 'name', 'departement');
    expect(references.length).toBe(26);
    // Corsica (dep 02A) and Guadeloupe (dep 101 in the DGFiP's numbering) get their INSEE codes back
    expect(references.find((c) => c.insee_code === '2A004')).toEqual({
      insee_code: '2A004',
      name: 'AJACCIO',
      departement: '2A',
    });
    expect(references.find((c) => c.insee_code === '97101')).toEqual({
      insee_code: '97101',
      name: 'LES ABYMES',
      departement: '971',
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runImport(db, comptesIndividuelsKind, fs.readFileSync(sample), {
      commune: '',
      fileName: 'again.csv',
    });
    expect([again.status, again.rows_written, again.rows_unchanged]).toEqual(['landed', 0, 54]);
  });

  it("rolls back a re-import that changed a commune's figures, and the peers follow", async () => {
    // Lille 2024 with personnel costs of 1 200 €/inh. instead of 1 120 (column 29 is fperso)
    const lines = fs.readFileSync(sample, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('2024;059;350;'));
    lines[at] = lines[at]
      .split(';')
      .map((cell, i) => (i === 28 ? '1200.00' : cell))
      .join(';');
    const changed = await runImport(db, comptesIndividuelsKind, Buffer.from(lines.join('\n')), {
      commune: '',
      fileName: 'changed.csv',
    });
    expect([changed.status, changed.rows_written]).toEqual(['landed', 1]);
    const fperso = async () =>
      (await db('dgfip_comptes_communes').where({ commune_insee: '59350', year: 2024 }).first('fperso')).fperso;
    expect(await fperso()).toBe(1200);
    await rollbackImport(db, changed.import_id!, 'test');
    expect(await fperso()).toBe(1120);
  });

  it('puts Lille beside the average its strate publishes, with the median, quartiles and its rank', async () => {
    const { status, body } = await getJson(`${api.base}/budget/peers?commune=59350&year=2024&group=strate`);
    expect(status).toBe(200);
    for (const row of body) peerRow.parse(row);
    expect(body.length).toBe(13);
    const personnel = body.find((r: { indicator: string }) => r.indicator === 'charges_personnel_par_habitant');
    expect(personnel).toEqual({
      indicator: 'charges_personnel_par_habitant',
      unit: 'eur_per_inhabitant',
      commune_value: 1120,
      group_average: 1000,
      group_median: 980,
      group_q1: 940,
      group_q3: 1050,
      group_size: 9,
      rank: 2,
      source: 'dgfip',
      year: 2024,
      group_label: 'communes de 100 000 hab et plus appartenant à un groupement fiscalisé (FPU)',
    });
    const savings = body.find((r: { indicator: string }) => r.indicator === 'taux_epargne_brute');
    expect([
      savings.commune_value,
      savings.group_average,
      savings.group_median,
      savings.group_q1,
      savings.group_q3,
      savings.rank,
    ]).toEqual([0.1212, 0.1333, 0.1284, 0.125, 0.1382, 8]);
  });

  it('compares with the département, takes the latest year by default, and says nothing of a group it does not know', async () => {
    const departement = await getJson(`${api.base}/budget/peers?commune=59350&group=departement`);
    const personnel = departement.body.find(
      (r: { indicator: string }) => r.indicator === 'charges_personnel_par_habitant',
    );
    expect([personnel.year, personnel.group_size, personnel.rank, personnel.group_label]).toEqual([2024, 16, 1, '59']);
    expect((await getJson(`${api.base}/budget/peers?commune=59350&group=epci`)).body).toEqual([]);
    const unknown = await getJson(`${api.base}/budget/peers?commune=99999&group=strate`);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not_found']);
    const bad = await getJson(`${api.base}/budget/peers?commune=59350&group=region`);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'bad_request']);
  });

  it('gives the years side by side for a trend', async () => {
    const { body } = await getJson(
      `${api.base}/budget/peers/history?commune=59350&group=strate&indicator=charges_personnel_par_habitant`,
    );
    // 2023 = 2024 with 20 € less per inhabitant for every commune and for the strate average
    expect(
      body.map((r: { year: number; commune_value: number; group_average: number }) => [
        r.year,
        r.commune_value,
        r.group_average,
      ]),
    ).toEqual([
      [2023, 1100, 980],
      [2024, 1120, 1000],
    ]);
  });

  it('documents the contract in OpenAPI', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);
    const schema = body.paths['/budget/peers'].get.responses['200'].content['application/json'].schema.items;
    expect(Object.keys(schema.properties).slice(0, 10)).toEqual([
      'indicator',
      'unit',
      'commune_value',
      'group_average',
      'group_median',
      'group_q1',
      'group_q3',
      'group_size',
      'rank',
      'source',
    ]);
  });

  it('refuses a broken file line by line, in French, and writes nothing', async () => {
    const lines = fs.readFileSync(sample, 'utf8').split('\n');
    lines[1] = lines[1].replace(/^2023;059;350/, '20x3;059;350');
    lines[2] = lines[2]
      .split(';')
      .map((cell, i) => (i === 8 ? 'mille' : cell))
      .join(';'); // column 9 is fprod
    const broken = Buffer.from(lines.join('\n'));
    const report = await runImport(db, comptesIndividuelsKind, broken, { commune: '', fileName: 'broken.csv' });
    expect(report.status).toBe('refused');
    expect(report.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'an'],
      [3, 'fprod'],
    ]);
    expect(report.issues[0].reason).toContain('année illisible');
  });

  it('imports from the command line without --commune', async () => {
    const result = await importCli(['comptes-individuels', sample, '--dry-run'], url);
    expect(result.code).withContext(result.stderr).toBe(0);
    expect(result.stdout).toContain('54');
    expect(result.stdout).toContain('27 communes, exercice(s) 2023, 2024');
  }, 60_000);

  it('keeps reference communes out of the commune list', async () => {
    const { body } = await getJson(`${api.base}/communes`);
    const codes = (body.communes ?? body).map((c: { insee_code: string }) => c.insee_code);
    expect(codes).toContain('59350');
    expect(codes).not.toContain('59512');
  });
});
