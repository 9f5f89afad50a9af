import path from 'node:path';
import type { Knex } from 'knex';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';

const repo = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const fixtures = path.join(repo, 'backend', 'test', 'fixtures', 'budget');
const real = (file: string) => path.join(fixtures, 'real', file);
const crach = '56046';
const mohon = '56134';
const balanceville = '99190';
const communes = [crach, mohon, balanceville, '2A004', '97411'];

/** The contract's nine figures and a few more, as kpi_budget_ratios(_by_budget) give them. */
const figures = [
  'recettes_reelles_fonctionnement',
  'depenses_reelles_fonctionnement',
  'epargne_gestion',
  'epargne_brute',
  'taux_epargne_brute',
  'remboursement_capital',
  'epargne_nette',
  'depenses_equipement',
];

describe('npm run import -- budget: the files communes really have (TOTEM XML, SCDL as converters write it, DGFiP balances)', () => {
  let db: Knex;
  let url: string;

  const ratios = (commune: string, year: number, budget = 'principal') =>
    db('analytics.kpi_budget_ratios_by_budget')
      .where({ commune_insee: commune, year, budget })
      .first(...figures);

  /** Each spec owns its data (they run in random order): the communes it uses start with no budget. */
  const fresh = async (...which: string[]) => {
    await db('budget_lines').whereIn('commune_insee', which).delete();
    await db('budgets').whereIn('commune_insee', which).delete();
  };

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    await db('communes').insert([
      { insee_code: crach, name: 'Crach', siren: '215600461', population: 3446 },
      { insee_code: mohon, name: 'Mohon', siren: '215601345', population: 990 },
      { insee_code: balanceville, name: 'Balanceville', siren: '219919001', population: 5000 },
      { insee_code: '2A004', name: 'Ajaccio', siren: '212000046', population: 71000 },
      { insee_code: '97411', name: 'Saint-Denis', siren: '219744110', population: 150000 },
    ]);
  });

  afterAll(async () => {
    for (const table of ['budget_lines', 'budgets', 'imports'])
      await db(table).whereIn('commune_insee', communes).delete();
    await db('imports').whereNull('commune_insee').where({ kind: 'budget' }).delete();
    await db('communes').whereIn('insee_code', communes).delete();
  });

  it('reads a real TOTEM compte administratif (ISO-8859-1, Berger-Levrault) and its SCDL conversion as the same lines: re-importing one after the other changes nothing', async () => {
    await fresh(crach);
    const totem = await importCli(['budget', real('totem-crach-ca-2021.xml')], url);
    const fromTotem = await ratios(crach, 2021);
    const scdl = await importCli(['budget', real('scdl-crach-ca-2021.csv')], url);
    const totemAgain = await importCli(['budget', real('totem-crach-ca-2021.xml')], url);

    expect(totem.code)
      .withContext(totem.stdout + totem.stderr)
      .toBe(0);
    expect(totem.stdout).toContain('(commune 56046)'); // CodInseeColl names the commune
    expect(totem.stdout).toContain('22 lignes lues, 22 écrites');
    expect(scdl.stdout)
      .withContext(scdl.stdout + scdl.stderr)
      .toContain('22 lignes lues, 0 écrites, 22 déjà à jour');
    expect(totemAgain.stdout).toContain('22 lignes lues, 0 écrites, 22 déjà à jour');
    expect(await ratios(crach, 2021)).toEqual(fromTotem);
    expect(fromTotem).toEqual({
      // 73111 1 629 035,00 + 7411 382 275,00 + 6419 (chapter 013, from the chart of accounts) 27 055,23
      // + 7788 5 117,58; the result carried over (002, 835 043,06) is not revenue of the year
      recettes_reelles_fonctionnement: 2_043_482.81,
      // 6336 13 615,55 + 6574 44 639,50 + 66111 30 046,97 + 7398 1 595,00 + 611 234 451,49 (6811, 042, is order)
      depenses_reelles_fonctionnement: 324_348.51,
      epargne_gestion: 1_749_181.27, // 2 043 482,81 - (324 348,51 - 30 046,97)
      epargne_brute: 1_719_134.3, // 2 043 482,81 - 324 348,51
      taux_epargne_brute: 0.8413, // 1 719 134,30 / 2 043 482,81
      remboursement_capital: 139_893.16, // 1641
      epargne_nette: 1_579_241.14,
      // 2041582 79 189,14 + 2315 (chapter 23) 140 265,31; 2315 under 040 and 041 are order operations
      depenses_equipement: 219_454.45,
    });
  }, 90_000);

  it('keeps one article under 040, 041 and 23 as three lines, and derives chapter and section when BGT_CONTNAT is empty', async () => {
    await fresh(crach);
    await importCli(['budget', real('totem-crach-ca-2021.xml')], url);
    const lines = await db('budget_lines')
      .where({ commune_insee: crach, year: 2021, account: '2315', direction: 'D' })
      .orderBy('chapter')
      .select('chapter', 'is_real', 'amount_executed');
    const revenue = await db('budget_lines')
      .where({ commune_insee: crach, year: 2021 })
      .whereIn('account', ['73111', '6419', '024', '002'])
      .orderBy('account')
      .select('account', 'chapter', 'section');

    expect(lines).toEqual([
      { chapter: '040', is_real: false, amount_executed: 39_578.03 },
      { chapter: '041', is_real: false, amount_executed: 0 },
      { chapter: '23', is_real: true, amount_executed: 140_265.31 },
    ]);
    expect(revenue).toEqual([
      { account: '002', chapter: '002', section: 'F' },
      { account: '024', chapter: '024', section: 'I' },
      { account: '6419', chapter: '013', section: 'F' },
      { account: '73111', chapter: '73', section: 'F' }, // M14: 73 (M57 would say 731)
    ]);
  }, 60_000);

  it('keeps a budget annexe (same SIREN, another NIC) as its own named budget: the principal ratios never include it', async () => {
    await fresh(crach);
    await importCli(['budget', real('totem-crach-ca-2021.xml')], url);
    const before = await ratios(crach, 2021);
    const scdl = await importCli(['budget', real('scdl-crach-lotissement-ca-2021.csv')], url);
    const totem = await importCli(['budget', real('totem-crach-lotissement-ca-2021.xml')], url);

    expect(scdl.code)
      .withContext(scdl.stdout + scdl.stderr)
      .toBe(0);
    expect(scdl.stdout).toContain('budgets : Budget annexe (SIRET 21560046100085) (annexe, SIRET 21560046100085)');
    expect(totem.stdout).toContain('20 lignes lues, 0 écrites, 20 déjà à jour');
    expect(
      await db('budgets').where({ commune_insee: crach }).orderBy('code').select('code', 'kind', 'name', 'siret'),
    ).toEqual([
      { code: '21560046100085', kind: 'annexe', name: 'LOTISSEMENT LE BOCENO', siret: '21560046100085' }, // named by TOTEM's LibelleEtab
      { code: 'principal', kind: 'principal', name: 'BUDGET PRINCIPAL', siret: '21560046100010' },
    ]);
    expect(await ratios(crach, 2021)).toEqual(before);
    expect(await ratios(crach, 2021, '21560046100085')).toEqual(
      jasmine.objectContaining({
        // 7015 1 076 166,69 + 773 6 005,80 + 7588 0,33 + 7788 77 125,00
        recettes_reelles_fonctionnement: 1_159_297.82,
        // 66111 13 900 + 6045 25 450 + 6015 6 737,93 + 63512 2 922 (002, the deficit carried over, 148 228,03 apart)
        depenses_reelles_fonctionnement: 49_009.93,
        epargne_brute: 1_110_287.89,
      }),
    );
    expect(await ratios(crach, 2021, 'consolidated')).toEqual(
      jasmine.objectContaining({
        recettes_reelles_fonctionnement: 3_202_780.63, // 2 043 482,81 + 1 159 297,82 (no transfer between them executed)
        depenses_reelles_fonctionnement: 373_358.44, // 324 348,51 + 49 009,93
        epargne_brute: 2_829_422.19,
      }),
    );
  }, 90_000);

  it('reads a compte financier unique (TOTEM inside CompteFinancierUnique): chapters from the articles, 45x chapters, voted from the crédits ouverts when MtPrev is 0', async () => {
    await fresh(mohon);
    const totem = await importCli(['budget', real('cfu-mohon-2023.xml'), '--commune', mohon, '--dry-run'], url);
    const landed = await importCli(['budget', real('cfu-mohon-2023.xml'), '--commune', mohon], url);
    const scdl = await importCli(['budget', real('scdl-cfu-mohon-2023.csv'), '--commune', mohon], url);

    expect(totem.stdout)
      .withContext(totem.stdout + totem.stderr)
      .toContain('vérifié sans erreur, 23 lignes prêtes à importer');
    expect(totem.stdout).toContain('documents : CA');
    expect(totem.stdout).toContain('budgets : COMMUNE DE MOHON 260 (principal, SIRET 21560134500014)');
    expect(landed.code)
      .withContext(landed.stdout + landed.stderr)
      .toBe(0);
    expect(scdl.stdout)
      .withContext(scdl.stdout + scdl.stderr)
      .toContain('23 lignes lues, 0 écrites, 23 déjà à jour');
    const line = (account: string, direction: string, operation = '') =>
      db('budget_lines')
        .where({ commune_insee: mohon, year: 2023, account, direction, operation, is_real: true })
        .first('chapter', 'section', 'amount_voted', 'amount_open', 'amount_executed');
    // MtPrev 0: voted = CredOuv 63 537,01 - MtRARPrec 0 (MtBudgPrec 124 865,45 is the software's cumul of decisions)
    expect(await line('1641', 'D')).toEqual({
      chapter: '16',
      section: 'I',
      amount_voted: 63_537.01,
      amount_open: 63_537.01,
      amount_executed: 63_537.01,
    });
    // no ContNat (voted by opération d'équipement): the chapter from the chart of accounts, the operation kept
    expect(await line('2184', 'D', '103')).toEqual({
      chapter: '21',
      section: 'I',
      amount_voted: 16_235, // CredOuv 17 835 - MtRARPrec 1 600
      amount_open: 17_835,
      amount_executed: 15_972.03,
    });
    expect(await line('4541', 'D')).toEqual({
      chapter: '45411',
      section: 'I',
      amount_voted: 40_000,
      amount_open: 40_000,
      amount_executed: 0,
    });
    expect(await ratios(mohon, 2023)).toEqual({
      // 6419 462,20 + 73111 348 219 + 74111 120 065 (7751, an asset sale, 3 690,60 apart; 001/002 are results)
      recettes_reelles_fonctionnement: 468_746.2,
      // 60611 1 763,96 + 6411 150 303,66 + 66111 14 418,47 + 681 (68, real) 3 880,72 (681 under 042 is order)
      depenses_reelles_fonctionnement: 170_366.81,
      epargne_gestion: 312_797.86, // 468 746,20 - (170 366,81 - 14 418,47)
      epargne_brute: 298_379.39,
      taux_epargne_brute: 0.6365, // 298 379,39 / 468 746,20 = 0,63655 -> 0,6365 (half-even on the 5th digit: 0,636548...)
      remboursement_capital: 63_537.01,
      epargne_nette: 234_842.38,
      depenses_equipement: 30_718.83, // 2184 in operations 101 (0), 103 (15 972,03) and 116 (14 746,80)
    });
  }, 90_000);

  it("lands the whole compte financier unique as published: a third-party operation written in two parts is one line, and the figures are the document's own", async () => {
    await fresh(mohon);
    const dry = await importCli(['budget', real('cfu-mohon-2023-complet.xml'), '--commune', mohon, '--dry-run'], url);
    const totem = await importCli(['budget', real('cfu-mohon-2023-complet.xml'), '--commune', mohon], url);
    const scdl = await importCli(['budget', real('scdl-cfu-mohon-2023-complet.csv'), '--commune', mohon], url);

    expect(dry.code)
      .withContext(dry.stdout + dry.stderr)
      .toBe(0);
    // 163 LigneBudget, of which 4541 and 4542 are each written twice: 161 lines
    expect(dry.stdout).toContain('vérifié sans erreur, 161 lignes prêtes à importer');
    expect(dry.stdout).toContain(
      'opération pour compte de tiers 45411 (compte 4541) écrite en 2 parties (lignes 1527, 1553)',
    );
    expect(totem.code)
      .withContext(totem.stdout + totem.stderr)
      .toBe(0);
    expect(scdl.stdout)
      .withContext(scdl.stdout + scdl.stderr)
      .toContain('161 lignes lues, 0 écrites, 161 déjà à jour');
    // the two parts (CredOuv 40 000 and 0; MtBudgPrec 40 000 each) add up as the DGFiP's chapter 4541 total does
    // (MtBudgPrec 80 000, CredOuv 40 000) and as the comptable's état EB_DI says (prévisions 40 000, nothing spent)
    expect(
      await db('budget_lines')
        .where({ commune_insee: mohon, year: 2023, chapter: '45411' })
        .first('account', 'amount_voted', 'amount_open', 'amount_executed'),
    ).toEqual({ account: '4541', amount_voted: 40_000, amount_open: 40_000, amount_executed: 0 });
    // the document's own ratios (InformationsGenerales, 990 inhabitants): ValDepRFonc 708,54 €/hab.,
    // ValDepEq 205,04 €/hab.; its comptable's chapter 16 prévisions 67 698,01 = 1641 63 537,01 + 165 4 161
    expect(await ratios(mohon, 2023)).toEqual(
      jasmine.objectContaining({
        depenses_reelles_fonctionnement: 701_450.06, // 708,54 x 990 = 701 454,6 (rounded per inhabitant)
        recettes_reelles_fonctionnement: 927_490.78, // ValRecRFonc 940,59 x 990 less the asset sale 7751 3 690,60
        remboursement_capital: 63_537.01,
        depenses_equipement: 202_989.91, // 205,04 x 990 = 202 989,6
      }),
    );
  }, 90_000);

  it('lands a DGFiP balance: without --commune the lines of loaded communes (Corsica and overseas INSEE codes read right), the others counted', async () => {
    await fresh(balanceville, '2A004', '97411');
    const file = path.join(fixtures, 'balance-dgfip-2024.csv');
    const dry = await importCli(['budget', file, '--dry-run'], url);
    const first = await importCli(['budget', file], url);
    const again = await importCli(['budget', file], url);

    expect(dry.code)
      .withContext(dry.stdout + dry.stderr)
      .toBe(0);
    expect(dry.stdout).toContain('format : balance DGFiP');
    expect(dry.stdout).toContain('communes : 2A004, 97411, 99190');
    expect(dry.stdout).toContain('documents : CG (balance)');
    expect(dry.stdout).toContain('ignorées : 2 lignes de 1 autres communes');
    expect(dry.stdout).toContain("1 mouvements d'établissements rattachés (CCAS, caisse des écoles)");
    expect(dry.stdout).toContain('1 mouvements de budgets en M49 (non suivis)');
    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(again.stdout).toContain('0 écrites');
    expect(await ratios(balanceville, 2024)).toEqual(
      jasmine.objectContaining({
        recettes_reelles_fonctionnement: 5_650_000, // 73111 4 250 000 + 7411 1 380 000 + 6419 20 000 (775 apart)
        depenses_reelles_fonctionnement: 2_808_000, // 60612 210 000 + 64111 2 480 000 + 66111 118 000 (6811 is order)
        remboursement_capital: 520_000, // 1641, debit
        depenses_equipement: 1_250_000, // 2313: obnetdeb 1 300 000 - oobdeb 50 000
      }),
    );
    expect(await ratios(balanceville, 2024, '21991900100049')).toEqual(
      jasmine.objectContaining({ recettes_reelles_fonctionnement: 150_000, depenses_reelles_fonctionnement: 90_000 }),
    );
    expect(await db('budget_lines').where({ commune_insee: '2A004' }).pluck('account')).toEqual(
      jasmine.arrayWithExactContents(['7411', '60612']),
    );
    expect(await db('budget_lines').where({ commune_insee: '97411' }).pluck('account')).toEqual(['7411']);
  }, 90_000);

  it("uses a year's compte administratif, once loaded, instead of the comptable's balance", async () => {
    await fresh(balanceville, '2A004', '97411');
    await importCli(['budget', path.join(fixtures, 'balance-dgfip-2024.csv')], url);
    const header =
      'BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE';
    const fs = await import('node:fs');
    const os = await import('node:os');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-ca-')), 'ca-2024.csv');
    fs.writeFileSync(
      file,
      [
        header,
        'Compte administratif,2024,21991900100015,BALANCEVILLE,,,73111,Impôts directs locaux,,,,,réel,recette,4300000.00,,,,4300000.00,4300000.00,,non spécialisé',
        'Compte administratif,2024,21991900100015,BALANCEVILLE,011,Charges à caractère général,60612,Énergie - Électricité,,,,fonctionnement,réel,dépense,200000.00,,,,210000.00,210000.00,,non spécialisé',
      ].join('\n'),
    );

    const result = await importCli(['budget', file, '--commune', balanceville], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(await ratios(balanceville, 2024)).toEqual(
      jasmine.objectContaining({
        recettes_reelles_fonctionnement: 4_300_000,
        depenses_reelles_fonctionnement: 200_000,
      }),
    );
    // the annexe has no CA: its balance still stands for its accounts
    expect(await ratios(balanceville, 2024, '21991900100049')).toEqual(
      jasmine.objectContaining({ recettes_reelles_fonctionnement: 150_000 }),
    );
  }, 60_000);

  it('names a TOTEM file given to another kind, and a damaged XML, in French', async () => {
    const asDebt = await importCli(['debt', real('totem-crach-ca-2021.xml'), '--commune', crach], url);
    const fs = await import('node:fs');
    const os = await import('node:os');
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-xml-')), 'ca.xml');
    fs.writeFileSync(broken, fs.readFileSync(real('totem-crach-ca-2021.xml')).subarray(0, 3000));
    const damaged = await importCli(['budget', broken, '--commune', crach], url);

    expect(asDebt.code).toBe(1);
    expect(asDebt.stdout).toContain('document budgétaire TOTEM (XML)');
    expect(asDebt.stdout).toContain('type budget');
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(/XML mal formé vers la ligne \d+ : le fichier TOTEM est tronqué ou abîmé/);
    expect(damaged.stdout).not.toMatch(/[Uu]nexpected|[Ee]rror/);
  }, 60_000);
});
