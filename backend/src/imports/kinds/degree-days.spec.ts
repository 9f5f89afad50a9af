import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Knex } from 'knex';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';
import { degreeDaysKind } from './degree-days';
import { dateReadings, monthOfHeader, readCalculatorGrid, type RawRow } from './dju-calculator';

const fixtures = path.resolve(import.meta.dirname, '../../../test/fixtures/degree-days');
const csvSample = path.join(fixtures, 'calculateur-dju-lille-lesquin.csv');
const xlsxSample = path.join(fixtures, 'calculateur-dju-lille-lesquin.xlsx');
const commune = '99031';

const parse = (file: Buffer, fileName: string) =>
  degreeDaysKind.parse(file, { commune, fileName, db: undefined as never });

/** A calculator export as rows of cells, line numbers from 1. */
const rows = (...lines: string[][]): RawRow[] => lines.map((cells, i) => ({ line: i + 1, cells }));
const header = ['', 'JAN', 'FÉV', 'MAR', 'AVR', 'MAI', 'JUN', 'JUL', 'AOÛ', 'SEP', 'OCT', 'NOV', 'DÉC', 'Total'];

describe('degree-days: the DJU calculator export (preamble, then a year x month grid)', () => {
  it('reads the month headers as calculators write them', () => {
    expect(
      ['JAN', 'FÉV', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOÛT', 'SEPT', 'OCT', 'NOV', 'DÉC'].map(monthOfHeader),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(
      ['Janvier', 'Février', 'Juillet', 'Août', 'Décembre', 'FEB', 'MAY', 'AUG', 'DEC'].map(monthOfHeader),
    ).toEqual([1, 2, 7, 8, 12, 2, 5, 8, 12]);
    expect(['Total', '', 'Année', 'Date de début'].map(monthOfHeader)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads the end date as written, 06/15/21 included, and keeps both readings when the day could be the month', () => {
    expect(dateReadings('06/15/21')).toEqual(['2021-06-15']);
    expect(dateReadings('15/06/2021')).toEqual(['2021-06-15']);
    expect(dateReadings('2021-06-15')).toEqual(['2021-06-15']);
    expect(dateReadings('06/05/21')).toEqual(['2021-05-06', '2021-06-05']);
    expect(dateReadings('31/31/21')).toEqual([]);
  });

  it('lands the CSV sample (Windows-1252, "," and quoted decimal commas): 41 full months, June 2021 cut, the zeros after it ignored', async () => {
    const { records, issues, warnings } = await parse(fs.readFileSync(csvSample), 'calculateur-dju-lille-lesquin.csv');

    expect(issues).toEqual([]);
    // 2018, 2019, 2020: 36 months; 2021: January to May (the export ends on 15 June 2021: June is half a month) = 41.
    expect(records.length).toBe(41);
    expect(records[0]).toEqual({ month: '2018-01-01', dju: 338.4, station: 'LILLE-LESQUIN' });
    expect(records[40]).toEqual({ month: '2021-05-01', dju: 184, station: 'LILLE-LESQUIN' });
    // yearly totals written in the file: 2018 2 433,5 + 2019 2 510,1 + 2020 2 285,7, and 2021 without June:
    // 412,3 + 331,8 + 300,4 + 262,1 + 184,0 = 1 490,6. Sum = 8 719,9.
    const sum = records.reduce((s, r) => s + r.dju, 0);
    expect(Math.round(sum * 10) / 10).toBe(8719.9);
    expect(records.some((r) => r.month >= '2021-06-01')).toBeFalse();
    expect(warnings!.map((w) => w.reason)).toEqual([
      "export de calculateur DJU reconnu (station LILLE-LESQUIN, usage chauffage, méthode « Professionnels de l'énergie », base 18°C), du 01/01/2018 au 15/06/2021.",
      "juin 2021 laissé de côté : mois incomplet dans l'export.",
      "6 mois à 0 après la fin de l'export (juillet 2021 à décembre 2021) ignorés : ce ne sont pas des données.",
    ]);
    expect(degreeDaysKind.summarize!(records, { commune, fileName: 'dju.csv', db: undefined as never })).toEqual({
      rows: 41,
      communes: [commune],
      years: [2018, 2019, 2020, 2021],
      notes: ['41 mois de janvier 2018 à mai 2021 prêts à importer (station LILLE-LESQUIN).'],
    });
  });

  it('gives the same months from the XLSX twin (sheet "DJU - Mensuel", real dates and numbers)', async () => {
    const fromCsv = await parse(fs.readFileSync(csvSample), 'calculateur-dju-lille-lesquin.csv');
    const fromXlsx = await parse(fs.readFileSync(xlsxSample), 'calculateur-dju-lille-lesquin.xlsx');

    expect(fromXlsx.issues).toEqual([]);
    expect(fromXlsx.records).toEqual(fromCsv.records);
  });

  it('takes an ambiguous end date the way the grid agrees with (zeros after the end)', () => {
    const preamble = (end: string) => [
      ['Station', 'LILLE-LESQUIN'],
      ['Date de début', '01/01/2021'],
      ['Date de fin', end],
    ];
    const year = ['2021', '400', '350', '300', '250', '150', '5,2', '0', '0', '0', '0', '0', '0', '1455,2'];

    // 06/05/21 reads 6 May or 5 June; June holds 5,2 DJU, so the export ran into June: 5 June, June cut.
    const grid = readCalculatorGrid(rows(...preamble('06/05/21'), header, year));

    expect(grid.issues).toEqual([]);
    expect(grid.months.map((m) => m.month)).toEqual([
      '2021-01-01',
      '2021-02-01',
      '2021-03-01',
      '2021-04-01',
      '2021-05-01',
    ]);
    expect(grid.summary).toContain("juin 2021 laissé de côté : mois incomplet dans l'export.");
  });

  it('refuses cooling degree-days, another base temperature, a shifted total and a value after the end, each with its line', () => {
    const grid = readCalculatorGrid(
      rows(
        ['Station', 'LILLE-LESQUIN'],
        ['Usage', 'Climatisation'],
        ['Température de référence', '16 °C'],
        ['Date de fin', '31/03/2021'],
        header,
        ['2021', '400', '350', '300', '12', '0', '0', '0', '0', '0', '0', '0', '0', '1062'],
        ['2020', '380', '330', '310', '200', '120', '60', '30', '30', '80', '200', '300', '390', '2000'],
      ),
    );

    expect(grid.issues).toEqual([
      {
        line: 2,
        column: 'Usage',
        value: 'Climatisation',
        reason:
          "degrés-jours de climatisation : Pilotage attend les DJU de chauffage (refaites l'export avec l'usage « Chauffage »)",
      },
      {
        line: 3,
        column: 'Température de référence',
        value: '16 °C',
        reason: "DJU en base 16 °C : Pilotage attend des DJU base 18 °C (refaites l'export avec 18 °C)",
      },
      // 380 + 330 + 310 + 200 + 120 + 60 + 30 + 30 + 80 + 200 + 300 + 390 = 2 430, not 2 000
      {
        line: 7,
        column: 'Total',
        value: '2000',
        reason: 'le total de 2020 ne correspond pas à la somme de ses mois (2\u202f430) : colonnes décalées ?',
      },
      {
        line: 6,
        column: 'AVR',
        value: '12',
        reason: "mois après la fin de l'export (31/03/2021) mais non nul : vérifiez la date de fin",
      },
    ]);
  });

  it('names the missing months of an incomplete grid header once', () => {
    const grid = readCalculatorGrid(
      rows(['', 'JAN', 'FÉV', 'MAR', 'DÉC', 'Total'], ['2020', '1', '2', '3', '4', '10']),
    );

    expect(grid.issues).toEqual([
      {
        line: 1,
        column: null,
        value: null,
        reason:
          'en-tête de la grille incomplet : il manque avril, mai, juin, juillet, août, septembre, octobre, novembre',
      },
    ]);
  });

  it('keeps reading the month;dju;station columns, and says what would land', async () => {
    const file = iconv.encode(
      'Mois;DJU;Station\r\n01/2025;402,5;Lille-Lesquin\r\n2025-02;360,1;Lille-Lesquin\r\n',
      'win1252',
    );

    const { records, issues } = await parse(file, 'dju.csv');
    const summary = degreeDaysKind.summarize!(records, { commune, fileName: 'dju.csv', db: undefined as never });

    expect(issues).toEqual([]);
    expect(records).toEqual([
      { month: '2025-01-01', dju: 402.5, station: 'Lille-Lesquin' },
      { month: '2025-02-01', dju: 360.1, station: 'Lille-Lesquin' },
    ]);
    expect(summary.notes).toEqual(['2 mois de janvier 2025 à février 2025 prêts à importer (station Lille-Lesquin).']);
  });
});

describe('npm run import -- degree-days <calculator export>', () => {
  let db: Knex;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-dju-'));
    await db('communes').insert({ insee_code: commune, name: 'Degréville', population: 5000 });
  });

  afterAll(async () => {
    await db('degree_days').where({ commune_insee: commune }).delete();
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('imports').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints what would land with --dry-run, then lands the file whole and changes nothing when re-run', async () => {
    const dry = await importCli(['degree-days', csvSample, '--commune', commune, '--dry-run'], url);
    const first = await importCli(['degree-days', csvSample, '--commune', commune], url);
    const again = await importCli(['degree-days', xlsxSample, '--commune', commune], url);

    expect(dry.code)
      .withContext(dry.stdout + dry.stderr)
      .toBe(0);
    expect(dry.stdout).toContain('41 lignes prêtes à importer');
    expect(dry.stdout).toContain('41 mois de janvier 2018 à mai 2021 prêts à importer');
    expect(dry.stdout).toContain("juin 2021 laissé de côté : mois incomplet dans l'export.");
    expect(dry.stdout).toContain('station LILLE-LESQUIN');
    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('41 lignes lues, 41 écrites, 0 déjà à jour');
    expect(again.stdout)
      .withContext('the XLSX twin holds the same figures')
      .toContain('41 lignes lues, 0 écrites, 41 déjà à jour');
    const stored = await db('degree_days')
      .where({ commune_insee: commune })
      .orderBy('month')
      .select('month', 'dju', 'station');
    expect(stored.length).toBe(41);
    expect(stored[0]).toEqual({ month: '2018-01-01', dju: 338.4, station: 'LILLE-LESQUIN' });
    expect(stored[stored.length - 1]).toEqual({ month: '2021-05-01', dju: 184, station: 'LILLE-LESQUIN' });
  }, 90_000);
});
