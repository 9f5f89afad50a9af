import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { fixture, importCli } from '../../../test/fixtures/commerce/cli';
import { deleteTownCentreCommune } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';

/** Each spec imports into a commune of its own (99343, then 99361, 99362...), so the specs run in any order. */
const communes = ['99343', '99361', '99362', '99363'];
const square = (lon: number, lat: number, d: number) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [lon - d, lat - d],
        [lon + d, lat - d],
        [lon + d, lat + d],
        [lon - d, lat + d],
        [lon - d, lat - d],
      ],
    ],
  });

describe('npm run import -- premises (the register of shop premises)', () => {
  let db: Knex;
  let url: string;
  let dir: string;
  let commune: string;
  let specs = 0;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-premises-'));
  }, 60_000);

  beforeEach(async () => {
    commune = communes[specs++];
    await db('communes').insert({ insee_code: commune, name: 'Registreville', population: 10000 });
    await db('quartiers').insert([
      { commune_insee: commune, name: 'Centre', geometry: square(3.062, 50.635, 0.005) },
      { commune_insee: commune, name: 'Wazemmes', geometry: square(3.0525, 50.6285, 0.003) },
    ]);
  });

  afterEach(async () => {
    await deleteTownCentreCommune(db, commune);
  }, 60_000);

  afterAll(async () => {
    await db.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('lands a Windows-1252 file with ";", decimal commas and French statuses, then changes nothing when re-run', async () => {
    const first = await importCli(['premises', fixture('premises-lille-cp1252.csv'), '--commune', commune], url);
    const again = await importCli(['premises', fixture('premises-lille-cp1252.csv'), '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    // 7 status rows and the 4 premises they describe
    expect(first.stdout).toContain('7 lignes lues, 11 écrites, 0 déjà à jour');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('7 lignes lues, 0 écrites, 7 déjà à jour');
    const premises = await db('premises as p')
      .leftJoin('quartiers as q', 'q.id', 'p.quartier_id')
      .where({ 'p.commune_insee': commune })
      .orderBy('p.premises_id')
      .select(
        'p.premises_id',
        'p.address',
        'p.street',
        'q.name as quartier',
        'p.lat',
        'p.lon',
        'p.surface_m2',
        'p.ground_floor',
      );
    expect(premises).toEqual([
      {
        premises_id: 'LC-1',
        address: '12 rue de Béthune, 59800 Lille',
        street: 'rue de Béthune',
        quartier: 'Centre',
        lat: 50.6343,
        lon: 3.0612,
        surface_m2: 85.5,
        ground_floor: true,
      },
      {
        premises_id: 'LC-2',
        address: '14 rue de Béthune, 59800 Lille',
        street: 'rue de Béthune',
        quartier: 'Centre',
        lat: 50.6344,
        lon: 3.0613,
        surface_m2: 120,
        ground_floor: true,
      },
      // a quoted address holding the separator
      {
        premises_id: 'LC-3',
        address: '2 rue Léon Gambetta; bât. B, 59000 Lille',
        street: 'rue Léon Gambetta',
        quartier: 'Wazemmes',
        lat: 50.6285,
        lon: 3.0525,
        surface_m2: 60,
        ground_floor: true,
      },
      // no quartier written: placed by its coordinates; "1 250" read with its thousands space
      {
        premises_id: 'LC-4',
        address: '1 place Rihour, 59800 Lille',
        street: 'place Rihour',
        quartier: 'Centre',
        lat: 50.636,
        lon: 3.061,
        surface_m2: 1250,
        ground_floor: true,
      },
    ]);
    const history = await db('premises_status')
      .where({ commune_insee: commune })
      .orderBy(['premises_id', 'valid_from'])
      .select('premises_id', 'valid_from', 'status', 'activity');
    expect(history.map((h) => [h.premises_id, h.valid_from, h.status, h.activity])).toEqual([
      ['LC-1', '2023-01-01', 'occupied', 'restauration'],
      ['LC-1', '2024-03-15', 'vacant', null],
      ['LC-2', '2023-01-01', 'occupied', 'équipement de la personne'],
      ['LC-3', '2023-01-01', 'vacant', null],
      ['LC-3', '2024-05-02', 'works', null],
      ['LC-3', '2024-07-01', 'occupied', 'alimentaire'],
      ['LC-4', '2023-01-01', 'closed', null],
    ]);
    // the monthly vacancy was refreshed after the import: on 31/07/2024 LC-1 vacant, LC-2 and LC-3 occupied
    const july = await db('analytics.kpi_commerce_vacancy_monthly')
      .where({ commune_insee: commune, level: 'commune', month: '2024-07-01' })
      .first();
    expect([july.premises, july.vacant, july.vacancy_rate, july.openings]).toEqual([3, 1, 0.3333, 1]);
  }, 120_000);

  it('refuses a file with bad lines, writes nothing, and names every line, column, value and reason', async () => {
    const before = await db('premises_status')
      .where({ commune_insee: commune })
      .count<{ count: number }[]>('* as count');

    const result = await importCli(['premises', fixture('premises-bad.csv'), '--commune', commune, '--json'], url);
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([
      {
        line: 2,
        column: 'date',
        value: '2024-13-01',
        reason: 'date illisible (attendu AAAA-MM-JJ ou JJ/MM/AAAA)',
      },
      {
        line: 3,
        column: 'status',
        value: 'fermé',
        reason: '« fermé » est ambigu : « vacant » si le local est vide, « démoli » ou « fusionné » s’il n’existe plus',
      },
      { line: 4, column: 'street', value: '', reason: 'valeur obligatoire manquante' },
      {
        line: 4,
        column: 'surface_m2',
        value: 'abc',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
      {
        line: 5,
        column: 'lat',
        value: '3.06 50.63',
        reason: 'coordonnées hors de France (WGS84 en degrés décimaux attendu ; latitude et longitude inversées ?)',
      },
      {
        line: 6,
        column: 'quartier',
        value: 'Fives',
        reason: 'quartier inconnu de la commune (quartiers connus : Centre, Wazemmes)',
      },
      {
        line: 7,
        column: 'date',
        value: '2099-01-01',
        reason: 'date dans le futur : un statut s’enregistre quand il est constaté',
      },
      { line: 9, column: 'date', value: 'LC-14 2024-02-01', reason: 'doublon de la ligne 8' },
    ]);
    expect(
      await db('premises_status').where({ commune_insee: commune }).count<{ count: number }[]>('* as count'),
    ).toEqual(before);
  }, 60_000);

  it('reads the same register from an XLSX workbook, and a later file adds a status change', async () => {
    // the register as the first story lands it, then a workbook with one change
    await importCli(['premises', fixture('premises-lille-cp1252.csv'), '--commune', commune], url);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Locaux');
    sheet.addRow(['Identifiant', 'Adresse', 'Rue', 'Date', 'Statut', 'Activité', 'Surface']);
    sheet.addRow([
      'LC-2',
      '14 rue de Béthune, 59800 Lille',
      'rue de Béthune',
      new Date(Date.UTC(2024, 9, 1)),
      'vacante',
      '',
      120,
    ]);
    const file = path.join(dir, 'locaux.xlsx');
    await workbook.xlsx.writeFile(file);

    const result = await importCli(['premises', file, '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(result.stdout).toContain('1 lignes lues, 1 écrites, 0 déjà à jour');
    const lc2 = await db('premises_status')
      .where({ commune_insee: commune, premises_id: 'LC-2' })
      .orderBy('valid_from')
      .pluck('status');
    expect(lc2).toEqual(['occupied', 'vacant']);
    // the premises kept its quartier and coordinates: the workbook did not carry them
    const premises = await db('premises').where({ commune_insee: commune, premises_id: 'LC-2' }).first();
    expect([premises.lat, premises.quartier_id !== null]).toEqual([50.6344, true]);
  }, 60_000);
});
