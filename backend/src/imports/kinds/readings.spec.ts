import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';
import { refreshMarts } from '../../db/refresh-marts';

const repo = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const fixtures = path.join(repo, 'backend', 'test', 'fixtures', 'fluids');
/** Each spec imports into a commune of its own (99230, 99231...), so the specs run in any order. */
const communes = ['99230', '99231', '99232', '99233', '99234'];

const square = (lon: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ],
});

describe('npm run import buildings and readings (fluids)', () => {
  let db: Knex;
  let url: string;
  let dir: string;
  let commune: string;
  let specs = 0;
  /** The building register of the first story, which the bills refer to. */
  const landRegister = () => importCli(['buildings', path.join(fixtures, 'batiments.csv'), '--commune', commune], url);

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-fluids-import-'));
  });

  beforeEach(async () => {
    commune = communes[specs++];
    await db('communes').insert({
      insee_code: commune,
      name: 'Importville-les-Fluides',
      population: 5000,
    });
    await db('quartiers').insert([
      {
        commune_insee: commune,
        name: 'Faubourg de Béthune',
        geometry: JSON.stringify(square(3.04, 50.6, 0.02)),
      },
      {
        commune_insee: commune,
        name: 'Centre',
        geometry: JSON.stringify(square(3.05, 50.63, 0.02)),
      },
    ]);
  });

  afterEach(async () => {
    for (const table of ['meter_readings', 'meters', 'buildings', 'quartiers', 'imports'])
      await db(table).where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  afterAll(async () => {
    await refreshMarts(db);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lands a Windows-1252 building register with French types and decimal commas, placing each in its quartier', async () => {
    const file = path.join(fixtures, 'batiments.csv');

    const first = await importCli(['buildings', file, '--commune', commune], url);
    const again = await importCli(['buildings', file, '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('3 lignes lues, 3 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('3 lignes lues, 0 écrites, 3 déjà à jour');
    const rows = await db('buildings as b')
      .leftJoin('quartiers as q', 'q.id', 'b.quartier_id')
      .where('b.commune_insee', commune)
      .orderBy('b.building_id')
      .select(
        'b.building_id',
        'b.name',
        'b.type',
        'b.heated_area_m2',
        'b.address',
        'b.lat',
        'b.lon',
        'q.name as quartier',
      );
    expect(rows).toEqual([
      // quartier written without its accent and in lowercase: found by name, whatever the coordinates say
      {
        building_id: 'ECO-1',
        name: 'École maternelle Jules Ferry',
        type: 'school',
        heated_area_m2: 1650.5,
        address: '12 rue Solférino, Lille',
        lat: 50.6292,
        lon: 3.0573,
        quartier: 'Faubourg de Béthune',
      },
      // no quartier name: placed by its coordinates
      {
        building_id: 'GYM-1',
        name: 'Complexe sportif Pierre de Coubertin',
        type: 'gym',
        heated_area_m2: 2800,
        address: null,
        lat: 50.6105,
        lon: 3.0456,
        quartier: 'Faubourg de Béthune',
      },
      {
        building_id: 'PIS-1',
        name: 'Piscine Marx Dormoy',
        type: 'pool',
        heated_area_m2: 3200,
        address: null,
        lat: null,
        lon: null,
        quartier: 'Centre',
      },
    ]);
  }, 60_000);

  it('refuses a bad register whole and names every problem', async () => {
    await landRegister(); // the 3 buildings a refused register must leave as they are
    const result = await importCli(
      ['buildings', path.join(fixtures, 'batiments-erreurs.csv'), '--commune', commune, '--json'],
      url,
    );
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.issues).toEqual([
      {
        line: 2,
        column: 'building_id',
        value: 'X 1',
        reason: 'identifiant invalide (lettres, chiffres, . _ - / sans espace)',
      },
      {
        line: 2,
        column: 'type',
        value: 'salle de bal',
        reason: jasmine.stringContaining('valeur inconnue (valeurs admises : school, nursery, gym'),
      },
      {
        line: 2,
        column: 'heated_area_m2',
        value: 'abc',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
      {
        line: 2,
        column: 'lon',
        value: '',
        reason: 'latitude et longitude vont ensemble : renseignez les deux ou aucune',
      },
      {
        line: 2,
        column: 'quartier',
        value: 'Nowhere',
        reason: 'quartier inconnu de la commune (quartiers connus : Centre, Faubourg de Béthune)',
      },
      { line: 3, column: 'name', value: '', reason: 'valeur obligatoire manquante' },
    ]);
    expect(await db('buildings').where({ commune_insee: commune }).count<{ count: number }[]>('* as count')).toEqual([
      { count: 3 },
    ]);
  }, 60_000);

  it('lands supplier bills with ";" and decimal commas, French fluid names and MWh, prorated by days once landed', async () => {
    const file = path.join(fixtures, 'releves.csv');
    await landRegister();

    const first = await importCli(['readings', file, '--commune', commune], url);
    const again = await importCli(['readings', file, '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('4 lignes lues, 4 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('4 lignes lues, 0 écrites, 4 déjà à jour');
    const bills = await db('meter_readings')
      .where({ commune_insee: commune })
      .orderBy(['building_id', 'fluid'])
      .select('building_id', 'fluid', 'period_start', 'period_end', 'quantity', 'unit', 'amount_eur', 'index_reset');
    expect(bills).toEqual([
      {
        building_id: 'ECO-1',
        fluid: 'electricity',
        period_start: '2024-01-15',
        period_end: '2024-02-14',
        quantity: 3100,
        unit: 'kWh',
        amount_eur: 620,
        index_reset: false,
      },
      {
        building_id: 'ECO-1',
        fluid: 'water',
        period_start: '2024-01-01',
        period_end: '2024-01-31',
        quantity: 31.5,
        unit: 'm3',
        amount_eur: 145.6,
        index_reset: false,
      },
      // the index went backwards (10,000 -> 7,100): a reset or a new meter, flagged
      {
        building_id: 'GYM-1',
        fluid: 'electricity',
        period_start: '2024-02-01',
        period_end: '2024-02-29',
        quantity: 2900,
        unit: 'kWh',
        amount_eur: 580,
        index_reset: true,
      },
      // 12,5 MWh
      {
        building_id: 'GYM-1',
        fluid: 'gas',
        period_start: '2024-01-01',
        period_end: '2024-01-31',
        quantity: 12500,
        unit: 'kWh',
        amount_eur: 1050.25,
        index_reset: false,
      },
    ]);
    // the rollups were refreshed after the import: "du 15/01 au 14/02" is 17 days of January and 14 of February
    const months = await db('analytics.stg_fluids_monthly')
      .where({ commune_insee: commune, building_id: 'ECO-1', fluid: 'electricity' })
      .orderBy('month')
      .select('month', 'quantity', 'amount_eur');
    expect(months).toEqual([
      { month: '2024-01-01', quantity: 1700, amount_eur: 340 },
      { month: '2024-02-01', quantity: 1400, amount_eur: 280 },
    ]);
  }, 60_000);

  it('reads the same bills from an XLSX workbook with French headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Factures');
    sheet.addRow(['Bâtiment', 'Fluide', 'Début', 'Fin', 'Quantité', 'Unité', 'Montant TTC']);
    sheet.addRow([
      'PIS-1',
      'Eau',
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Date.UTC(2024, 0, 31)),
      410.5,
      'm3',
      1900.2,
    ]);
    sheet.addRow(['PIS-1', 'réseau de chaleur', '01/01/2024', '31/01/2024', 81000, 'kWh', 7290]);
    const file = path.join(dir, 'factures.xlsx');
    await workbook.xlsx.writeFile(file);
    await landRegister();

    const result = await importCli(['readings', file, '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(
      await db('meter_readings')
        .where({ commune_insee: commune, building_id: 'PIS-1' })
        .orderBy('fluid')
        .select('fluid', 'quantity', 'unit'),
    ).toEqual([
      { fluid: 'heat', quantity: 81000, unit: 'kWh' },
      { fluid: 'water', quantity: 410.5, unit: 'm3' },
    ]);
  }, 60_000);

  it('refuses a file with bad lines, writes nothing, and names every line, column, value and reason', async () => {
    await landRegister();
    const before = await db('meter_readings')
      .where({ commune_insee: commune })
      .count<{ count: number }[]>('* as count');

    const result = await importCli(
      ['readings', path.join(fixtures, 'releves-erreurs.csv'), '--commune', commune, '--json'],
      url,
    );
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([
      {
        line: 2,
        column: 'building_id',
        value: 'NOPE',
        reason: "bâtiment inconnu : importez-le d'abord avec le type buildings",
      },
      {
        line: 3,
        column: 'fluid',
        value: 'steam',
        reason: 'valeur inconnue (valeurs admises : electricity, gas, heat, fuel_oil, water)',
      },
      {
        line: 4,
        column: 'period_end',
        value: '2024-02-01',
        reason: 'la fin de période précède son début',
      },
      { line: 5, column: 'unit', value: 'kWh', reason: "l'eau se compte en m3" },
      {
        line: 6,
        column: 'period_start',
        value: '31/02/2024',
        reason: 'date illisible (attendu AAAA-MM-JJ ou JJ/MM/AAAA)',
      },
      {
        line: 6,
        column: 'quantity',
        value: 'beaucoup',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
      {
        line: 8,
        column: 'period_start',
        value: 'ECO-1 electricity 2024-03-01 2024-03-31',
        reason: 'doublon de la ligne 7',
      },
    ]);
    expect(
      await db('meter_readings').where({ commune_insee: commune }).count<{ count: number }[]>('* as count'),
    ).toEqual(before);
  }, 60_000);
});
