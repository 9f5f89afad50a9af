import type { Knex } from 'knex';
import { testKnex } from '../../../test/helpers/database';
import { runImport } from '../run-import';
import { budgetKind } from './budget';
import {
  dmNumberFromFileName,
  inferNomenclature,
  loadReferences,
  normaliseChapter,
  splitFunction,
} from './budget-scdl';

const header =
  'BGT_NATDEC;BGT_ANNEE;BGT_SIRET;BGT_NOM;BGT_CONTNAT;BGT_CONTNAT_LABEL;BGT_NATURE;BGT_NATURE_LABEL;BGT_FONCTION;BGT_FONCTION_LABEL;BGT_OPERATION;BGT_SECTION;BGT_OPBUDG;BGT_CODRD;BGT_MTREAL;BGT_MTPROPNOUV;BGT_MTPREV';
const csv = (...lines: string[]) => Buffer.from([header, ...lines].join('\n'), 'utf8');
const commune = '99170';

describe('budget import: reading what communes publish', () => {
  let db: Knex;

  beforeAll(async () => {
    db = await testKnex();
    await db('communes').insert([
      { insee_code: commune, name: 'Parseville', siren: '219917002' },
      { insee_code: '99171', name: 'Homonymeville', siren: '219917101' },
      { insee_code: '99172', name: 'Jumelleville A', siren: '219917200' },
      { insee_code: '99173', name: 'Jumelleville B', siren: '219917200' },
    ]);
  });

  /** The budgets, lines and imports of the test communes: none when a spec starts, whatever ran before. */
  const clearBudgets = async () => {
    await db('budget_lines').whereIn('commune_insee', [commune, '99171']).delete();
    await db('budgets').whereIn('commune_insee', [commune, '99171']).delete();
    await db('imports').whereIn('commune_insee', [commune, '99171']).delete();
  };
  beforeEach(clearBudgets);

  afterAll(async () => {
    await clearBudgets();
    await db('communes').whereIn('insee_code', [commune, '99171', '99172', '99173']).delete();
  });

  const parse = (file: Buffer, fileName = 'budget.csv', into = commune) =>
    budgetKind.parse(file, { commune: into, fileName, db });

  it("reads the nomenclature of a year before 2024 from the file's labels, and refuses to guess when nothing tells", async () => {
    const sport =
      'compte administratif;2019;21991700200011;PARSEVILLE;6574;Subventions;65;Autres charges de gestion courante;411;Salles de sport, gymnases;;fonctionnement;réel;dépense;1000;;';
    const bare =
      'compte administratif;2019;21991700200011;PARSEVILLE;6574;Subventions;65;Autres charges de gestion courante;411;;;fonctionnement;réel;dépense;1000;;';

    const labelled = await parse(csv(sport));
    const silent = await parse(csv(bare));
    const told = await parse(Buffer.from(`${header};BGT_NOMENCLATURE\n${bare};M14`));

    expect(labelled.records.map((r) => r.nomenclature)).toEqual(['M14']); // 411 is "Salles de sport, gymnases" in M14 only
    expect(silent.issues).toEqual([
      {
        line: 2,
        column: 'BGT_NOMENCLATURE',
        value: null,
        reason:
          "nomenclature de l'exercice 2019 indéterminée (M14 ou M57 ?) : ajoutez une colonne BGT_NOMENCLATURE, ou les libellés des fonctions",
      },
    ]);
    expect(told.records.map((r) => r.nomenclature)).toEqual(['M14']);
  });

  it('refuses a file of another collectivity; keeps a budget annexe (same SIREN, another NIC) as its own budget', async () => {
    const line = (siret: string, nom = 'PARSEVILLE', account = '60612', chapter = '011', direction = 'dépense') =>
      `budget primitif;2025;${siret};${nom};${account};;${chapter};;020;;;fonctionnement;réel;${direction};;100;100`;

    const other = await parse(csv(line('21991710100013')));
    const undecided = await parse(csv(line('21991700200011'), line('21991700200029', 'PARSEVILLE', '60611')));
    const annexe = await parse(csv(line('21991700200029', 'PARSEVILLE - BUDGET ANNEXE EAU')));
    const both = await parse(
      csv(line('21991700200011', 'PARSEVILLE', '73111', '731', 'recette'), line('21991700200029')),
    );

    expect(other.issues.map((i) => i.reason)).toEqual([
      "SIRET d'une autre collectivité : SIREN 219917101, alors que la commune 99170 a le SIREN 219917002",
    ]);
    expect(undecided.issues.map((i) => [i.line, i.reason])).toEqual([
      [
        2,
        "plusieurs budgets dans le fichier (SIRET 21991700200011, 21991700200029) et rien ne dit lequel est le budget principal : importez d'abord le budget principal seul, ou le document TOTEM de chacun",
      ],
    ]);
    expect(annexe.records.map((r) => [r.budget, r.budgetRef.kind, r.budgetRef.name])).toEqual([
      ['21991700200029', 'annexe', 'PARSEVILLE - BUDGET ANNEXE EAU'],
    ]);
    // the local taxes (73111) only the budget principal collects tell which budget is which
    expect(both.records.map((r) => [r.account, r.budget, r.budgetRef.name])).toEqual([
      ['73111', 'principal', 'PARSEVILLE'],
      ['60612', '21991700200029', 'Budget annexe (SIRET 21991700200029)'],
    ]);
  });

  it('names the commune from the SIRET only when exactly one commune has that SIREN', async () => {
    const line = (siret: string) =>
      csv(`budget primitif;2025;${siret};X;60612;;011;;020;;;fonctionnement;réel;dépense;;100;100`);

    expect(await budgetKind.inferCommune!(line('21991700200011'), 'b.csv', db)).toBe(commune);
    expect(await budgetKind.inferCommune!(line('21991720000010'), 'b.csv', db))
      .withContext('two communes share the SIREN')
      .toBeUndefined();
    expect(await budgetKind.inferCommune!(line('21999999900010'), 'b.csv', db))
      .withContext('no commune has it')
      .toBeUndefined();
  });

  it('numbers décisions modificatives: from the file name, else n°1, refusing a second unnumbered DM from another file', async () => {
    const dm = (amount: number) =>
      csv(
        `décision modificative;2024;21991700200011;PARSEVILLE;60612;;011;;020;;;fonctionnement;réel;dépense;;${amount};`,
      );

    const first = await runImport(db, budgetKind, dm(50), { commune, fileName: 'dm-juin.csv' });
    const unnamed = await runImport(db, budgetKind, dm(-20), {
      commune,
      fileName: 'dm-novembre.csv',
    });
    const named = await runImport(db, budgetKind, dm(-20), {
      commune,
      fileName: 'Parseville_DM2_2024.csv',
    });

    expect(first.status).toBe('landed');
    expect(unnamed.issues.map((i) => i.reason)).toEqual([
      'une DM n°1 de 2024 vient déjà du fichier « dm-juin.csv » : donnez le numéro de cette décision (colonne BGT_NUMDM, ou « DM2 » dans le nom du fichier)',
    ]);
    expect(named.status).toBe('landed');
    expect(
      await db('budget_lines')
        .where({ commune_insee: commune, stage: 'DM' })
        .orderBy('document_seq')
        .select('document_seq', 'amount_voted'),
    ).toEqual([
      { document_seq: 1, amount_voted: 50 },
      { document_seq: 2, amount_voted: -20 },
    ]);
  });

  it('infers the section and real/order from the chapter, and refuses lines that contradict it', async () => {
    const result = await parse(
      Buffer.from(
        [
          'BGT_NATDEC;BGT_ANNEE;BGT_CONTNAT;BGT_NATURE;BGT_CODRD;BGT_OPBUDG;BGT_MTPREV',
          'BP;2025;2183;21;D;;5000', // investment, real
          'BP;2025;6811;042;D;;100', // an order chapter
          'BP;2025;6811;042;D;réel;100', // said "réel": an order chapter carries no real operation
          'BP;2025;73111;731;D;;100', // 731 is revenue only
        ].join('\n'),
      ),
    );

    expect(result.issues.map((i) => [i.line, i.column, i.reason])).toEqual([
      [4, 'BGT_OPBUDG', "le chapitre 042 ne porte que des opérations d'ordre"],
      [5, 'BGT_NATURE', "le chapitre 731 ne s'emploie qu'en recette"],
    ]);
  });

  describe('codes', () => {
    it('restores leading zeros a spreadsheet dropped, when the line tells which chapter it is', async () => {
      const refs = await loadReferences(db);

      expect(normaliseChapter(refs, '11')).toBe('011');
      expect(normaliseChapter(refs, '23', { section: 'F', direction: 'D' })).toBe('023');
      expect(normaliseChapter(refs, '23', { section: 'I', direction: 'D' })).toBe('23');
      expect(normaliseChapter(refs, '13', { section: 'F', direction: 'R' })).toBe('013');
      expect(normaliseChapter(refs, '21', { section: 'I', direction: 'R', order: true })).toBe('021');
    });

    it('reads functional codes with or without their label, and DM numbers in file names', () => {
      expect(splitFunction('212')).toEqual({ code: '212', label: undefined });
      expect(splitFunction('212 - Écoles primaires')).toEqual({
        code: '212',
        label: 'Écoles primaires',
      });
      expect(splitFunction('')).toEqual({ code: '' });
      expect(splitFunction('écoles')).toBeUndefined();
      expect(dmNumberFromFileName('Lille_DM2_2024.csv')).toBe(2);
      expect(dmNumberFromFileName('dm n°3.xlsx')).toBe(3);
      expect(dmNumberFromFileName('admin2024.csv')).toBeUndefined();
    });

    it('takes M57 from 2024 on, and chapter 731 as M57', async () => {
      const refs = await loadReferences(db);

      expect(inferNomenclature(refs, 2024, [{ chapter: '011', functionCode: '212' }])).toBe('M57');
      expect(inferNomenclature(refs, 2022, [{ chapter: '731', functionCode: '01' }])).toBe('M57');
      expect(
        inferNomenclature(refs, 2022, [{ chapter: '67', chapterLabel: 'Charges exceptionnelles', functionCode: '01' }]),
      ).toBe('M14');
      expect(inferNomenclature(refs, 2022, [{ chapter: '011', functionCode: '' }])).toBe('M14');
    });
  });
});
