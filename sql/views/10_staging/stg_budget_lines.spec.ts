import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_budget_lines', () => {
  it('names every line from its own nomenclature (M57 or M14), falls back on the file, and flags equipment spending', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99130');
      const line = {
        commune_insee: commune,
        stage: 'CA',
        is_real: true,
        operation: '',
        amount_executed: 100,
      };
      await trx('budget_lines').insert([
        // M57, no label in the file: the plan de comptes names the account 21312, the functional code 212
        {
          ...line,
          year: 2024,
          section: 'I',
          direction: 'D',
          account: '21312',
          chapter: '21',
          function_code: '212',
        },
        // the same line as an order operation (040) is no equipment spending
        {
          ...line,
          year: 2024,
          section: 'I',
          direction: 'D',
          is_real: false,
          account: '21312',
          chapter: '040',
          function_code: '212',
        },
        // M14: function 4 is "Sport et jeunesse" there (it is "Santé et action sociale" in M57); the file's label wins
        {
          ...line,
          year: 2019,
          nomenclature: 'M14',
          section: 'F',
          direction: 'D',
          account: '6574',
          account_label: 'Subventions aux associations',
          chapter: '65',
          function_code: '411',
        },
        // a chapter the reference does not know keeps the file's label; no function = "non ventilé"
        {
          ...line,
          year: 2024,
          section: 'F',
          direction: 'R',
          account: '7788',
          chapter: '9999',
          chapter_label: 'Chapitre de test',
          function_code: '',
        },
      ]);

      const result = await rows(trx, 'stg_budget_lines', { commune_insee: commune }, ['year', 'section', 'is_real']);

      expect(
        result.map((r) => [
          r['year'],
          r['chapter_label'],
          r['chapter_kind'],
          r['account_label'],
          r['function'],
          r['function_label'],
          r['subfunction'],
          r['subfunction_label'],
          r['function_code_label'],
          r['is_equipment'],
        ]),
      ).toEqual([
        [
          2019,
          'Autres charges de gestion courante',
          'real',
          'Subventions aux associations',
          '4',
          'Sport et jeunesse',
          '41',
          'Sports',
          'Salles de sport, gymnases',
          false,
        ],
        [
          2024,
          'Chapitre de test',
          'real',
          'Produits exceptionnels divers',
          '',
          'Non ventilé',
          '',
          'Non ventilé',
          'Non ventilé',
          false,
        ],
        [
          2024,
          "Opérations d'ordre de transfert entre sections",
          'order',
          'Bâtiments scolaires',
          '2',
          'Enseignement, formation professionnelle et apprentissage',
          '21',
          'Enseignement du premier degré',
          'Écoles primaires',
          false,
        ],
        [
          2024,
          'Immobilisations corporelles',
          'real',
          'Bâtiments scolaires',
          '2',
          'Enseignement, formation professionnelle et apprentissage',
          '21',
          'Enseignement du premier degré',
          'Écoles primaires',
          true,
        ],
      ]);
      expectUniqueGrain(result, [
        'year',
        'stage',
        'document_seq',
        'section',
        'direction',
        'is_real',
        'account',
        'function_code',
        'operation',
      ]);
    });
  });
});
