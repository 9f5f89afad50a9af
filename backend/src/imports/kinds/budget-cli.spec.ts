import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';

const repo = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const fixtures = path.join(repo, 'backend', 'test', 'fixtures', 'budget');
const commune = '99160';
const neighbour = '99161';
const square = (lon: number, lat: number) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + 0.02, lat],
        [lon + 0.02, lat + 0.02],
        [lon, lat + 0.02],
        [lon, lat],
      ],
    ],
  });

describe('npm run import -- budget | debt | programmes (real files of a commune)', () => {
  let db: Knex;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-budget-'));
    await db('communes').insert([
      { insee_code: commune, name: 'Testville-sur-Deûle', siren: '219916004', population: 8000 },
      { insee_code: neighbour, name: 'Voisinville', siren: '219916103', population: 3000 },
    ]);
    await db('quartiers').insert([
      { commune_insee: commune, name: 'Centre', population: 5000, geometry: square(3.0, 50.6) },
      { commune_insee: commune, name: 'Gare', population: 3000, geometry: square(3.04, 50.6) },
    ]);
  });

  /** The commune's budgets, debt and programmes: none when a spec starts, whatever ran before. */
  const clearBudgets = async () => {
    for (const table of ['budget_lines', 'budgets', 'debt_outstanding', 'programme_credits', 'programmes', 'imports'])
      await db(table).whereIn('commune_insee', [commune, neighbour]).delete();
  };
  beforeEach(clearBudgets);

  afterAll(async () => {
    await clearBudgets();
    await db('quartiers').whereIn('commune_insee', [commune, neighbour]).delete();
    await db('communes').whereIn('insee_code', [commune, neighbour]).delete();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lands a CA in the SCDL layout (",", UTF-8, quoted labels holding commas) for the commune its SIRET names, and a re-run changes nothing', async () => {
    const file = path.join(fixtures, 'scdl-ca-2024.csv');

    const first = await importCli(['budget', file], url);
    const again = await importCli(['budget', file], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('(commune 99160)');
    expect(first.stdout).toContain('37 lignes lues, 37 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('37 lignes lues, 0 écrites, 37 déjà à jour');
    const works = await db('budget_lines')
      .where({ commune_insee: commune, year: 2024, stage: 'CA', account: '2313' })
      .first();
    expect(works).toEqual(
      jasmine.objectContaining({
        chapter: '23',
        function_code: '212',
        operation: '101',
        nomenclature: 'M57',
        amount_voted: 1_500_000,
        amount_open: 1_800_000,
        amount_executed: 1_250_000,
        carry_next: 430_000,
      }),
    );
    // an article the chart of accounts names is named from it (the file's label is kept for the others)
    const subsidies = await db('analytics.stg_budget_lines')
      .where({ commune_insee: commune, stage: 'CA', account: '6574' })
      .first();
    expect(subsidies.account_label).toBe('Subventions de fonctionnement aux associations et personnes de droit privé');
  }, 60_000);

  it('lands a BP converted from TOTEM: Windows-1252, ";", TOTEM codes, chapter and account columns swapped, decimal commas, lost leading zeros', async () => {
    const result = await importCli(['budget', path.join(fixtures, 'totem-bp-2024.csv'), '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(result.stdout).toContain('14 lignes lues, 14 écrites');
    const bp = await db('budget_lines')
      .where({ commune_insee: commune, year: 2024, stage: 'BP' })
      .orderBy(['section', 'direction', 'account', 'function_code'])
      .select('section', 'direction', 'is_real', 'chapter', 'account', 'function_code', 'amount_voted', 'carry_prev');
    expect(bp.find((l) => l.account === '64111')).toEqual(
      jasmine.objectContaining({ chapter: '012', is_real: true, amount_voted: 2_480_000 }),
    );
    expect(bp.find((l) => l.account === '6811')).toEqual(jasmine.objectContaining({ chapter: '042', is_real: false }));
    expect(bp.find((l) => l.account === '023')).toEqual(
      jasmine.objectContaining({
        section: 'F',
        chapter: '023',
        is_real: false,
        amount_voted: 450_000,
      }),
    );
    expect(bp.find((l) => l.account === '2313')).toEqual(
      jasmine.objectContaining({ chapter: '23', amount_voted: 1_200_000, carry_prev: 300_000 }),
    );
    expect(bp.filter((l) => l.account === '60612').map((l) => [l.chapter, l.function_code, l.amount_voted])).toEqual([
      ['011', '020', 190_000],
      ['011', '212', 150_000],
    ]);
    const label = await db('analytics.stg_budget_lines')
      .where({ commune_insee: commune, stage: 'BP', account: '6574' })
      .first('account_label');
    expect(label.account_label).toBe('Subventions de fonctionnement aux associations et personnes de droit privé');
  }, 60_000);

  it('lands the same layout as an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    const header = fs
      .readFileSync(path.join(fixtures, 'scdl-ca-2024.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
      .split(',');
    sheet.addRow(header);
    const row = (
      account: string,
      label: string,
      chapter: string,
      fn: string,
      section: string,
      direction: string,
      voted: number,
    ) => [
      'budget primitif',
      2025,
      '21991600400013',
      'COMMUNE DE TESTVILLE-SUR-DEULE',
      account,
      label,
      chapter,
      '',
      fn,
      '',
      '',
      section,
      'réel',
      direction,
      null,
      null,
      null,
      voted,
      voted,
      null,
      null,
      'non spécialisé',
    ];
    sheet.addRow(row('60612', 'Énergie - Électricité', '011', '020', 'fonctionnement', 'dépense', 205_000.5));
    sheet.addRow(row('73111', 'Impôts directs locaux', '731', '01', 'fonctionnement', 'recette', 4_350_000));
    sheet.addRow(row('2313', 'Constructions', '23', '212', 'investissement', 'dépense', 1_350_000));
    const file = path.join(dir, 'bp-2025.xlsx');
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    const result = await importCli(['budget', file, '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(
      await db('budget_lines')
        .where({ commune_insee: commune, year: 2025, stage: 'BP' })
        .orderBy('account')
        .pluck('amount_voted'),
    ).toEqual([1_350_000, 205_000.5, 4_350_000]);
  }, 60_000);

  it('refuses a file with mistakes, writes nothing, exits 1 and names every bad line, column, value and reason', async () => {
    const before = await db('budget_lines').where({ commune_insee: commune }).count<{ count: number }[]>('* as count');

    const result = await importCli(
      ['budget', path.join(fixtures, 'scdl-bad.csv'), '--commune', commune, '--json'],
      url,
    );
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([
      {
        line: 3,
        column: 'BGT_NATDEC',
        value: 'budget rectificatif',
        reason: 'valeur inconnue (valeurs admises : BP, DM, BS, CA)',
      },
      {
        line: 4,
        column: 'BGT_MTPROPNOUV',
        value: '12 kWh',
        reason: 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)',
      },
      {
        line: 5,
        column: 'BGT_NATURE',
        value: '011',
        reason: 'le chapitre 011 relève de la section de fonctionnement',
      },
      {
        line: 6,
        column: 'BGT_SIRET',
        value: '2,19916E+13',
        reason:
          'SIRET écrit en notation scientifique par un tableur : des chiffres sont perdus (formatez la colonne en texte)',
      },
      {
        line: 7,
        column: 'BGT_CONTNAT',
        value: '2025 BP FD réel chapitre 011 compte 60612 fonction 020',
        reason: 'doublon de la ligne 2',
      },
      { line: 8, column: 'BGT_CODRD', value: '', reason: 'valeur obligatoire manquante' },
    ]);
    expect(await db('budget_lines').where({ commune_insee: commune }).count<{ count: number }[]>('* as count')).toEqual(
      before,
    );
  }, 60_000);

  it('adds up the debt annex loan by loan into the outstanding debt at 31/12 of each year', async () => {
    const file = path.join(fixtures, 'dette-2024.csv');

    const first = await importCli(['debt', file, '--commune', commune], url);
    const again = await importCli(['debt', file, '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(again.stdout).toContain('0 écrites, 2 déjà à jour');
    expect(
      await db('debt_outstanding').where({ commune_insee: commune }).orderBy('year').select('year', 'outstanding_eur'),
    ).toEqual([
      { year: 2023, outstanding_eur: 4_670_000 }, // 2 300 000 + 1 600 000 + 770 000
      { year: 2024, outstanding_eur: 4_750_000 }, // 2 150 000 + 1 480 000 + 1 120 000
    ]);
  }, 60_000);

  it('lands the AP/CP spreadsheet in its wide layout and places each programme in its quartier', async () => {
    const result = await importCli(
      ['programmes', path.join(fixtures, 'programmes-ap-cp.csv'), '--commune', commune],
      url,
    );

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    const programmes = await db('programmes as p')
      .leftJoin('quartiers as q', 'q.id', 'p.quartier_id')
      .where({ 'p.commune_insee': commune })
      .orderBy('p.programme_id')
      .select(
        'p.programme_id',
        'p.name',
        'q.name as quartier',
        'p.ap_amount_eur',
        'p.ap_initial_eur',
        'p.expected_end_date',
        'p.status',
      );
    expect(programmes).toEqual([
      {
        programme_id: 'AP2022-01',
        name: 'Groupe scolaire Jules-Ferry; reconstruction',
        quartier: 'Centre',
        ap_amount_eur: 3_500_000,
        ap_initial_eur: 3_000_000,
        expected_end_date: '2025-12-31',
        status: 'in_progress',
      },
      // no quartier given: its coordinates (50,61 ; 3,05) lie in Gare
      {
        programme_id: 'AP2023-02',
        name: 'Requalification de la rue de la Gare',
        quartier: 'Gare',
        ap_amount_eur: 800_000,
        ap_initial_eur: null,
        expected_end_date: null,
        status: 'in_progress',
      },
      {
        programme_id: 'AP2024-03',
        name: 'Plan vélo',
        quartier: null,
        ap_amount_eur: 400_000,
        ap_initial_eur: null,
        expected_end_date: null,
        status: 'planned',
      },
    ]);
    expect(
      await db('programme_credits')
        .where({ commune_insee: commune, programme_id: 'AP2022-01' })
        .orderBy('year')
        .select('year', 'cp_planned_eur', 'cp_executed_eur'),
    ).toEqual([
      { year: 2023, cp_planned_eur: 0, cp_executed_eur: 900_000 },
      { year: 2024, cp_planned_eur: 1_500_000, cp_executed_eur: 1_250_000 },
      { year: 2025, cp_planned_eur: 1_350_000, cp_executed_eur: 0 },
    ]);
  }, 60_000);

  it("yields the commune's financial health from these files", async () => {
    // the 2024 files of the stories above: the CA (SCDL), the BP (TOTEM) and the debt annex
    for (const args of [
      ['budget', path.join(fixtures, 'scdl-ca-2024.csv')],
      ['budget', path.join(fixtures, 'totem-bp-2024.csv'), '--commune', commune],
      ['debt', path.join(fixtures, 'dette-2024.csv'), '--commune', commune],
    ]) {
      const landed = await importCli(args, url);
      expect(landed.code)
        .withContext(landed.stdout + landed.stderr)
        .toBe(0);
    }
    const ratios = await db('analytics.kpi_budget_ratios').where({ commune_insee: commune, year: 2024 }).first();

    expect(ratios).toEqual(
      jasmine.objectContaining({
        // 4 250 000 + 1 100 000 + 1 380 000 + 95 000 + 310 000 + 42 500 + 64 000 + 38 000 + 12 500 (asset sales, 775, apart)
        recettes_reelles_fonctionnement: 7_292_000,
        // 011: 1 030 000, 012: 4 480 000, 65: 775 000, 66: 118 000, 67: 9 500 (depreciation, 042, is an order operation)
        depenses_reelles_fonctionnement: 6_412_500,
        epargne_gestion: 997_500,
        epargne_brute: 879_500,
        taux_epargne_brute: 0.1206, // 879 500 / 7 292 000 = 12.06 %
        remboursement_capital: 520_000,
        epargne_nette: 359_500,
        encours_dette: 4_750_000,
        capacite_desendettement_annees: 5.4, // 4 750 000 / 879 500 = 5.40 years
        depenses_equipement: 1_588_000, // 1 250 000 + 185 000 + 46 000 + 75 000 + 32 000
        variation_fonds_roulement: 224_500, // 359 500 + (265 000 + 58 000 + 350 000 + 180 000) + 600 000 - 1 588 000
        taux_epargne_brute_status: 'ok',
        capacite_desendettement_status: 'ok',
      }),
    );
    const works = await db('analytics.kpi_budget_execution')
      .where({
        commune_insee: commune,
        year: 2024,
        section: 'I',
        direction: 'D',
        level: 'chapter',
        chapter: '23',
      })
      .first();
    // the CA records 1 800 000 open (BP 1 200 000 + 300 000 carried + what the BS and DMs added): 1 250 000 paid = 69.4 %
    expect([
      works.credits_after_bp,
      works.credits_open,
      works.executed,
      works.carry_next,
      works.execution_rate,
    ]).toEqual([1_500_000, 1_800_000, 1_250_000, 430_000, 0.6944]);
  });
});
