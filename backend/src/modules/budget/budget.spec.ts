import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { bumpDataVersion } from '../../db/data-version';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, startTestApp } from '../../../test/helpers/http';

const commune = '99180';
const partner = '99181';
const square = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [3.0, 50.6],
      [3.02, 50.6],
      [3.02, 50.62],
      [3.0, 50.62],
      [3.0, 50.6],
    ],
  ],
});

/**
 * Budget of a commune of 10 000 inhabitants:
 *   CA 2023: RRF 1 000 000, DRF 920 000 -> épargne brute 80 000 (8 %);
 *   CA 2024: RRF 1 000 000, DRF 880 000 (012) + 20 000 (011) = 900 000 -> épargne brute 100 000 (10 %),
 *            repayment 50 000 -> épargne nette 50 000; debt 1 300 000 -> 13 years;
 *            school works 300 000 paid of 400 000 open, 60 000 carried over;
 *   BP 2024: 25 000 on energy of schools, 900 000 on staff.
 */
async function insertBudget(db: Knex) {
  await db('communes').insert([
    { insee_code: commune, name: 'Budgetville', siren: '219918000', population: 10000 },
    { insee_code: partner, name: 'Partenaireville', population: 5000 },
  ]);
  const [{ id: quartier }] = await db('quartiers')
    .insert({ commune_insee: commune, name: 'Centre', population: 4000, geometry: square })
    .returning('id');
  const ca = { commune_insee: commune, stage: 'CA', is_real: true };
  await db('budget_lines').insert([
    {
      ...ca,
      year: 2023,
      section: 'F',
      direction: 'R',
      chapter: '731',
      account: '73111',
      function_code: '01',
      amount_executed: 1_000_000,
    },
    {
      ...ca,
      year: 2023,
      section: 'F',
      direction: 'D',
      chapter: '012',
      account: '64111',
      function_code: '020',
      amount_executed: 920_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'F',
      direction: 'R',
      chapter: '731',
      account: '73111',
      function_code: '01',
      amount_executed: 1_000_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'F',
      direction: 'D',
      chapter: '012',
      account: '64111',
      function_code: '020',
      amount_executed: 880_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'F',
      direction: 'D',
      chapter: '011',
      account: '60612',
      function_code: '212',
      amount_executed: 20_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'I',
      direction: 'D',
      chapter: '16',
      account: '1641',
      function_code: '01',
      amount_executed: 50_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'I',
      direction: 'D',
      chapter: '23',
      account: '2313',
      function_code: '212',
      operation: '12',
      amount_open: 400_000,
      amount_executed: 300_000,
      carry_next: 60_000,
    },
    {
      ...ca,
      year: 2024,
      section: 'F',
      direction: 'D',
      is_real: false,
      chapter: '042',
      account: '6811',
      function_code: '01',
      amount_executed: 70_000,
    },
    {
      commune_insee: commune,
      year: 2024,
      stage: 'BP',
      is_real: true,
      section: 'F',
      direction: 'D',
      chapter: '011',
      account: '60612',
      function_code: '212',
      amount_voted: 25_000,
    },
    {
      commune_insee: commune,
      year: 2024,
      stage: 'BP',
      is_real: true,
      section: 'F',
      direction: 'D',
      chapter: '012',
      account: '64111',
      function_code: '020',
      amount_voted: 900_000,
    },
    {
      ...ca,
      commune_insee: partner,
      year: 2024,
      section: 'F',
      direction: 'R',
      chapter: '731',
      account: '73111',
      function_code: '01',
      amount_executed: 600_000,
    },
    {
      ...ca,
      commune_insee: partner,
      year: 2024,
      section: 'F',
      direction: 'D',
      chapter: '012',
      account: '64111',
      function_code: '020',
      amount_executed: 500_000,
    },
  ]);
  await db('debt_outstanding').insert({
    commune_insee: commune,
    year: 2024,
    outstanding_eur: 1_300_000,
  });
  await db('programmes').insert({
    commune_insee: commune,
    programme_id: 'AP-12',
    name: 'École des Tilleuls',
    function_code: '212',
    quartier_id: quartier,
    ap_amount_eur: 1_000_000,
    start_date: '2023-01-01',
    planned_end_date: '2025-06-30',
    expected_end_date: '2025-12-31',
  });
  await db('programme_credits').insert([
    {
      commune_insee: commune,
      programme_id: 'AP-12',
      year: 2023,
      cp_planned_eur: 200_000,
      cp_executed_eur: 150_000,
    },
    {
      commune_insee: commune,
      programme_id: 'AP-12',
      year: 2024,
      cp_planned_eur: 400_000,
      cp_executed_eur: 300_000,
    },
  ]);
  await db.raw('refresh materialized view analytics.kpi_budget_execution');
  return quartier as number;
}

describe('the budget API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let quartier: number;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    quartier = await insertBudget(db);
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
    for (const table of ['programme_credits', 'programmes', 'debt_outstanding', 'budget_lines', 'quartiers']) {
      await db(table).whereIn('commune_insee', [commune, partner]).delete();
    }
    await db('communes').whereIn('insee_code', [commune, partner]).delete();
    await db.raw('refresh materialized view analytics.kpi_budget_execution');
  });

  it('answers the ratios contract with exactly the documented names, in euros and a fraction', async () => {
    const { status, body } = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2024`);

    expect(status).toBe(200);
    expect(body).toEqual({
      commune_insee: commune,
      year: 2024,
      recettes_reelles_fonctionnement: 1_000_000,
      depenses_reelles_fonctionnement: 900_000,
      epargne_gestion: 100_000,
      epargne_brute: 100_000,
      taux_epargne_brute: 0.1,
      remboursement_capital: 50_000,
      epargne_nette: 50_000,
      encours_dette: 1_300_000,
      capacite_desendettement_annees: 13,
    });
  });

  it('says why there are no ratios: an unknown commune, a year without accounts, a malformed parameter', async () => {
    const unknown = await getJson(`${api.base}/budget/ratios?commune=99999&year=2024`);
    const noAccounts = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2025`);
    const malformed = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=deux-mille`);

    expect([unknown.status, unknown.body.error.message]).toEqual([404, 'Aucune commune avec le code INSEE 99999']);
    expect([noAccounts.status, noAccounts.body.error.message]).toEqual([
      404,
      `Aucun compte administratif pour la commune ${commune} en 2025`,
    ]);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].field).toBe('year');
  });

  it('serves a budget annexe and the consolidated budget on request, the budget principal by default', async () => {
    // a lotissement of Budgetville: 2024 land sales 200 000 (7015) and works 150 000 (6045); the principal budget
    // pays it a 30 000 subsidy (657363), which the consolidation takes out of both sides
    const annexe = '21991800000041';
    const line = { commune_insee: commune, year: 2024, stage: 'CA', section: 'F', is_real: true };
    await db('budgets').insert({
      commune_insee: commune,
      code: annexe,
      kind: 'annexe',
      name: 'Lotissement du Moulin',
      siret: annexe,
    });
    await db('budget_lines').insert([
      { ...line, budget: annexe, direction: 'R', chapter: '70', account: '7015', amount_executed: 200_000 },
      { ...line, budget: annexe, direction: 'D', chapter: '011', account: '6045', amount_executed: 150_000 },
      { ...line, direction: 'D', chapter: '65', account: '657363', amount_executed: 30_000 },
    ]);
    await bumpDataVersion(db); // written straight to the tables: tell the app's validators, as an import would
    try {
      const principal = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2024`);
      const lotissement = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2024&budget=${annexe}`);
      const consolidated = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2024&budget=consolidated`);
      const wrong = await getJson(`${api.base}/budget/ratios?commune=${commune}&year=2024&budget=annexe`);
      const budgets = await getJson(`${api.base}/budget/budgets?commune=${commune}`);

      // principal: DRF 900 000 + the subsidy 30 000
      expect([principal.body.depenses_reelles_fonctionnement, principal.body.epargne_brute]).toEqual([930_000, 70_000]);
      expect([
        lotissement.body.recettes_reelles_fonctionnement,
        lotissement.body.epargne_brute,
        lotissement.body.encours_dette,
      ]).toEqual([200_000, 50_000, null]);
      // RRF 1 000 000 + 200 000 - 30 000, DRF 930 000 + 150 000 - 30 000: épargne brute 70 000 + 50 000
      expect([
        consolidated.body.recettes_reelles_fonctionnement,
        consolidated.body.depenses_reelles_fonctionnement,
        consolidated.body.epargne_brute,
      ]).toEqual([1_170_000, 1_050_000, 120_000]);
      expect(wrong.status).toBe(400);
      expect(budgets.body.map((b: any) => [b.code, b.kind, b.name, b.accounts_years])).toEqual([
        ['principal', 'principal', 'Budget principal', [2023, 2024]],
        [annexe, 'annexe', 'Lotissement du Moulin', [2024]],
      ]);
    } finally {
      await db('budget_lines')
        .where({ commune_insee: commune })
        .where((q) => q.where({ budget: annexe }).orWhere({ account: '657363' }))
        .delete();
      await db('budgets').where({ commune_insee: commune }).delete();
      await bumpDataVersion(db);
    }
  });

  it('gives the trends with their alert status, and the previous year', async () => {
    const { status, body } = await getJson(`${api.base}/budget/health?commune=${commune}`);

    expect(status).toBe(200);
    expect(
      body.map((r: any) => [
        r.year,
        r.taux_epargne_brute,
        r.taux_epargne_brute_status,
        r.capacite_desendettement_status,
        r.epargne_brute_change,
      ]),
    ).toEqual([
      [2023, 0.08, 'warning', null, null],
      [2024, 0.1, 'ok', 'warning', 0.25],
    ]);
  });

  it('rolls voted vs executed up by chapter, then drills down a function to its articles and lines', async () => {
    const chapters = await getJson(`${api.base}/budget/execution?commune=${commune}&year=2024&section=F&direction=D`);
    const articles = await getJson(
      `${api.base}/budget/execution?commune=${commune}&year=2024&level=article&function=2`,
    );
    const lines = await getJson(`${api.base}/budget/lines?commune=${commune}&year=2024&function=2&chapter=011`);

    expect(
      chapters.body.map((r: any) => [
        r.chapter,
        r.chapter_label,
        r.credits_after_bp,
        r.credits_open,
        r.executed,
        r.execution_rate,
      ]),
    ).toEqual([
      ['011', 'Charges à caractère général', 25_000, 25_000, 20_000, 0.8],
      ['012', 'Charges de personnel et frais assimilés', 900_000, 900_000, 880_000, 0.9778],
    ]);
    expect(articles.body.map((r: any) => [r.section, r.chapter, r.account, r.executed])).toEqual([
      ['F', '011', '60612', 20_000],
      ['I', '23', '2313', 300_000],
    ]);
    expect(lines.body).toEqual([
      jasmine.objectContaining({
        account: '60612',
        account_label: 'Énergie - électricité',
        function_code: '212',
        function_code_label: 'Écoles primaires',
        credits_open: 25_000,
        executed: 20_000,
        execution_rate: 0.8,
      }),
    ]);
  });

  it('exports a table as a CSV that Excel in French opens, and as XLSX', async () => {
    const csv = await fetch(
      `${api.base}/budget/execution?commune=${commune}&year=2024&section=F&direction=D&format=csv`,
    );
    const xlsx = await fetch(
      `${api.base}/budget/execution?commune=${commune}&year=2024&section=F&direction=D&format=xlsx`,
    );

    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`execution-${commune}-2024-chapter.csv`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)])
      .withContext('UTF-8 byte order mark')
      .toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Section (F/I);Sens (D/R);Niveau;')).toBeTrue();
    expect(text).toContain(';011;Charges à caractère général;');
    expect(text).toContain(';80%;');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Section (F/I)');
    expect(sheet.rowCount).toBe(3);
  });

  it('lists the documents loaded, the thresholds, and compares partner communes side by side', async () => {
    const documents = await getJson(`${api.base}/budget/documents?commune=${commune}`);
    const thresholds = await getJson(`${api.base}/budget/thresholds`);
    const comparison = await getJson(`${api.base}/budget/comparison?year=2024&communes=${commune},${partner}`);
    const structure = await getJson(`${api.base}/budget/structure?year=2024&communes=${commune},${partner}`);

    expect(documents.body.map((d: any) => [d.year, d.stage])).toEqual([
      [2024, 'BP'],
      [2024, 'CA'],
      [2023, 'CA'],
    ]);
    expect(thresholds.body.find((t: any) => t.indicator === 'capacite_desendettement_annees')).toEqual(
      jasmine.objectContaining({ warning: 12, critical: 15, direction: 'above' }),
    );
    expect(comparison.body.map((r: any) => [r.commune, r.taux_epargne_brute, r.drf_par_habitant])).toEqual([
      ['Budgetville', 0.1, 90],
      ['Partenaireville', 0.1667, 100],
    ]);
    expect(
      structure.body.filter((r: any) => r.code === '012').map((r: any) => [r.commune_insee, r.executed_per_inhabitant]),
    ).toEqual([
      [commune, 88],
      [partner, 100],
    ]);
  });

  it('lists programmes with progress and slippage, their credits by year, and where the money went', async () => {
    const programmes = await getJson(`${api.base}/budget/programmes?commune=${commune}`);
    const years = await getJson(`${api.base}/budget/programmes/AP-12/years?commune=${commune}`);
    const missing = await getJson(`${api.base}/budget/programmes/AP-99/years?commune=${commune}`);
    const quartiers = await getJson(`${api.base}/budget/investment?commune=${commune}&year=2024`);
    const operations = await getJson(
      `${api.base}/budget/investment/operations?commune=${commune}&year=2024&quartier=${quartier}`,
    );

    expect(programmes.body).toEqual([
      jasmine.objectContaining({
        programme_id: 'AP-12',
        quartier: 'Centre',
        cp_executed_to_date: 450_000,
        remaining_eur: 550_000,
        progress_rate: 0.45,
        slippage_days: 184,
        is_late: true,
        // 6,0 months late: to watch, as the alerts centre says (critical from 12)
        severity: 'medium',
      }),
    ]);
    expect(years.body.map((y: any) => [y.year, y.cp_executed_cumulative])).toEqual([
      [2023, 150_000],
      [2024, 450_000],
    ]);
    expect(missing.status).toBe(404);
    expect(quartiers.body).toEqual([
      jasmine.objectContaining({
        place_label: 'Centre',
        cp_executed_eur: 300_000,
        executed_per_inhabitant: 75,
      }),
    ]);
    expect(operations.body.map((o: any) => [o.programme_id, o.cp_executed_eur])).toEqual([['AP-12', 300_000]]);
  });

  it('documents every budget route in OpenAPI', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);

    expect(Object.keys(body.paths)).toEqual(
      jasmine.arrayContaining([
        '/budget/ratios',
        '/budget/health',
        '/budget/documents',
        '/budget/thresholds',
        '/budget/execution',
        '/budget/lines',
        '/budget/comparison',
        '/budget/structure',
        '/budget/programmes',
        '/budget/programmes/{id}/years',
        '/budget/investment',
        '/budget/investment/operations',
      ]),
    );
    expect(
      Object.keys(body.paths['/budget/ratios'].get.responses['200'].content['application/json'].schema.properties),
    ).toEqual([
      'commune_insee',
      'year',
      'recettes_reelles_fonctionnement',
      'depenses_reelles_fonctionnement',
      'epargne_gestion',
      'epargne_brute',
      'taux_epargne_brute',
      'remboursement_capital',
      'epargne_nette',
      'encours_dette',
      'capacite_desendettement_annees',
    ]);
  });
});
