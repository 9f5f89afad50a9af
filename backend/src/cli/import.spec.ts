import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Knex } from 'knex';
import { importCli } from '../../test/helpers/cli';
import { shellUser } from './shell-user';
import { testDatabase } from '../../test/helpers/database';

const commune = '99002';

describe('npm run import (the command line)', () => {
  let db: Knex;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-import-'));
    await db('communes').insert({ insee_code: commune, name: 'Importville', population: 5000 });
  });

  afterAll(async () => {
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('buildings').where({ commune_insee: commune }).delete();
    await db('quartiers').where({ commune_insee: commune }).delete();
    await db('imports').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lands a Windows-1252 degree-days file with ";" and decimal commas, and changes nothing when re-run', async () => {
    await db('degree_days').where({ commune_insee: commune }).delete(); // the spec owns its months (random order)
    await db('imports').where({ commune_insee: commune, kind: 'degree-days' }).delete();
    const file = path.join(dir, 'dju.csv');
    fs.writeFileSync(
      file,
      iconv.encode(
        'Mois;DJU;Station\r\n01/2025;402,5;Lille-Lesquin (météo)\r\n2025-02;360,1;Lille-Lesquin (météo)\r\n',
        'win1252',
      ),
    );

    const first = await importCli(['degree-days', file, '--commune', commune], url);
    const again = await importCli(['degree-days', file, '--commune', commune], url);

    expect(first.code).withContext(first.stderr).toBe(0);
    expect(first.stdout).toContain('2 lignes lues, 2 écrites, 0 déjà à jour');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 lignes lues, 0 écrites, 2 déjà à jour');
    // the months of this file (another story lands a long series for the same commune)
    expect(
      await db('degree_days')
        .where({ commune_insee: commune })
        .where('month', '>=', '2025-01-01')
        .orderBy('month')
        .select('month', 'dju', 'station'),
    ).toEqual([
      { month: '2025-01-01', dju: 402.5, station: 'Lille-Lesquin (météo)' },
      { month: '2025-02-01', dju: 360.1, station: 'Lille-Lesquin (météo)' },
    ]);
    const history = await db('imports').where({ commune_insee: commune, kind: 'degree-days' }).pluck('imported_by');
    expect(history[0]).withContext('the history names the system account that ran it').toBe(shellUser());
    expect(history[0]).toMatch(/^cli:[^\s]+$/);
  }, 60_000);

  it('refuses a file with bad lines, writes nothing, exits 1 and names every line, column, value and reason', async () => {
    const file = path.join(dir, 'dju-bad.csv');
    fs.writeFileSync(file, 'mois;dju\n2025-03;320\n2025-13;12\n2025-04;beaucoup\n2025-03;321\n');
    const before = await db('degree_days').where({ commune_insee: commune }).count<{ count: number }[]>('* as count');

    const result = await importCli(['degree-days', file, '--commune', commune, '--json'], url);
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([
      { line: 3, column: 'month', value: '2025-13', reason: 'mois illisible (attendu AAAA-MM ou MM/AAAA)' },
      {
        line: 4,
        column: 'dju',
        value: 'beaucoup',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
      { line: 5, column: 'month', value: '2025-03-01', reason: 'doublon de la ligne 2' },
    ]);
    const after = await db('degree_days').where({ commune_insee: commune }).count<{ count: number }[]>('* as count');
    expect(after).toEqual(before);
    const logged = await db('imports').where({ id: report.import_id }).first();
    expect(logged.status).toBe('refused');
  }, 60_000);

  it('imports quartiers drawn in Lambert-93, reprojected to WGS84, and places buildings in them', async () => {
    await db('buildings').insert({
      commune_insee: commune,
      building_id: 'B1',
      name: 'École',
      type: 'school',
      lat: 50.6365,
      lon: 3.0635,
    });
    // a square of about 1 km around Lille's Grand Place, in Lambert-93 metres
    const square = [
      [703500, 7059300],
      [704500, 7059300],
      [704500, 7060300],
      [703500, 7060300],
      [703500, 7059300],
    ];
    const file = path.join(dir, 'quartiers.geojson');
    fs.writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
        features: [
          {
            type: 'Feature',
            properties: { nom: 'Centre', population: 20000 },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
        ],
      }),
    );

    const result = await importCli(['quartiers', file, '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    const quartier = await db('quartiers').where({ commune_insee: commune, name: 'Centre' }).first();
    const [lon, lat] = quartier.geometry.coordinates[0][0];
    expect(lon).toBeCloseTo(3.05, 1);
    expect(lat).toBeCloseTo(50.63, 1);
    const building = await db('buildings').where({ commune_insee: commune, building_id: 'B1' }).first();
    expect(building.quartier_id).toBe(quartier.id);
  }, 60_000);

  it('never interleaves two imports run at once: each lands whole, one after the other', async () => {
    const months = Array.from(
      { length: 120 },
      (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const fileA = path.join(dir, 'a.csv');
    const fileB = path.join(dir, 'b.csv');
    fs.writeFileSync(fileA, `mois;dju\n${months.map((m) => `${m};111`).join('\n')}\n`);
    fs.writeFileSync(fileB, `mois;dju\n${months.map((m) => `${m};222`).join('\n')}\n`);

    const [a, b] = await Promise.all([
      importCli(['degree-days', fileA, '--commune', commune], url),
      importCli(['degree-days', fileB, '--commune', commune], url),
    ]);

    expect([a.code, b.code]).toEqual([0, 0]);
    const values = await db('degree_days')
      .where({ commune_insee: commune })
      .where('month', '<', '2020-01-01')
      .distinct('dju');
    expect(values.length).withContext('all rows come from the same file').toBe(1);
    expect([111, 222]).toContain(values[0].dju);
  }, 60_000);

  it('explains its usage and exits 2 on an unknown kind', async () => {
    const result = await importCli(['potatoes', 'x.csv'], url);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Type de fichier inconnu : « potatoes »');
    expect(result.stderr).toContain('degree-days');
  }, 60_000);

  it('names a mistyped option in French and exits 2, as for any usage error', async () => {
    const result = await importCli(['degree-days', 'x.csv', '--comune', commune], url);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Option inconnue ou sans valeur : --comune.');
    expect(result.stderr).toContain('Usage : npm run import -- <type> <fichier>');
  }, 60_000);
});
