import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_budget_voted_executed', () => {
  it('cumulates BP, BS and every DM into crédits ouverts, prefers what the CA records, and rates execution against them', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99131');
      const energy = {
        commune_insee: commune,
        section: 'F',
        direction: 'D',
        is_real: true,
        account: '60612',
        chapter: '011',
        function_code: '020',
      };
      const school = {
        commune_insee: commune,
        section: 'I',
        direction: 'D',
        is_real: true,
        account: '2135',
        chapter: '21',
        function_code: '212',
      };
      await trx('budget_lines').insert([
        // 2024, energy: BP 1 000 + BS 100 + DM1 50 + DM2 -20 = 1 130 open; the CA records no BGT_CREDOUV
        { ...energy, year: 2024, stage: 'BP', amount_voted: 1000 },
        { ...energy, year: 2024, stage: 'BS', amount_voted: 100 },
        { ...energy, year: 2024, stage: 'DM', document_seq: 1, amount_voted: 50 },
        { ...energy, year: 2024, stage: 'DM', document_seq: 2, amount_voted: -20 },
        { ...energy, year: 2024, stage: 'CA', amount_executed: 1050 },
        // 2024, school works: BP 2 000, the BS takes back 300 of restes à réaliser 2023 -> 2 300, as the CA records;
        // 1 500 paid, 600 carried over to 2025, 200 cancelled
        { ...school, year: 2024, stage: 'BP', amount_voted: 2000 },
        { ...school, year: 2024, stage: 'BS', amount_voted: 0, carry_prev: 300 },
        {
          ...school,
          year: 2024,
          stage: 'CA',
          amount_open: 2300,
          amount_executed: 1500,
          carry_next: 600,
        },
        // 2025: a BP and nothing executed yet
        { ...energy, year: 2025, stage: 'BP', amount_voted: 1200 },
        // 2023: only the CA was loaded; it gives the voted amount (BGT_MTPREV) but no crédits ouverts
        { ...energy, year: 2023, stage: 'CA', amount_voted: 900, amount_executed: 850 },
      ]);

      const result = await rows(trx, 'stg_budget_voted_executed', { commune_insee: commune }, ['year', 'section']);

      expect(
        result.map((r) => [
          r['year'],
          r['account'],
          r['credits_after_bp'],
          r['credits_after_bs'],
          r['credits_after_dm'],
          r['carry_prev'],
          r['credits_open'],
          r['executed'],
          r['carry_next'],
          r['cancelled'],
          r['execution_rate'],
        ]),
      ).toEqual([
        [2023, '60612', null, null, null, 0, 900, 850, 0, 50, 0.9444], // 850 / 900 = 0.94444
        [2024, '60612', 1000, 1100, 1130, 0, 1130, 1050, 0, 80, 0.9292], // 1 050 / 1 130 = 0.92920
        [2024, '2135', 2000, 2300, 2300, 300, 2300, 1500, 600, 200, 0.6522], // 1 500 / 2 300 = 0.65217
        [2025, '60612', 1200, 1200, 1200, 0, 1200, null, null, null, null],
      ]);
      expect(result[1]['chapter_label']).toBe('Charges à caractère général');
      expect(result[1]['account_label']).toBe('Énergie - électricité');
      expect(result[1]['function_code_label']).toBe('Administration générale de la collectivité');
      expectUniqueGrain(result, [
        'year',
        'section',
        'direction',
        'is_real',
        'chapter',
        'account',
        'function_code',
        'operation',
      ]);
      for (const r of result.filter((x) => x['executed'] !== null)) {
        expect((r['executed'] as number) + (r['carry_next'] as number) + (r['cancelled'] as number))
          .withContext('executed + carried over + cancelled = crédits ouverts')
          .toBe(r['credits_open'] as number);
        expect(r['execution_rate']).toBeLessThanOrEqual(1);
      }
    });
  });

  it('lists each document once in stg_budget_documents, DMs by their number', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99132');
      const line = {
        commune_insee: commune,
        year: 2024,
        section: 'F',
        direction: 'D',
        account: '60612',
        chapter: '011',
        function_code: '',
      };
      await trx('budget_lines').insert([
        { ...line, stage: 'BP', is_real: true, amount_voted: 1000 },
        {
          ...line,
          stage: 'BP',
          is_real: false,
          account: '6811',
          chapter: '042',
          amount_voted: 400,
        },
        { ...line, stage: 'DM', document_seq: 1, is_real: true, amount_voted: 50 },
        { ...line, stage: 'DM', document_seq: 2, is_real: true, amount_voted: -20 },
        { ...line, stage: 'CA', is_real: true, amount_executed: 990 },
      ]);

      const result = await rows(trx, 'stg_budget_documents', { commune_insee: commune }, [
        'stage_order',
        'document_seq',
      ]);

      expect(result.map((r) => [r['stage'], r['document_seq'], r['lines'], r['voted_eur'], r['executed_eur']])).toEqual(
        [
          ['BP', 1, 2, 1000, null], // the order operation (042) is counted as a line, not in the real amounts
          ['DM', 1, 1, 50, null],
          ['DM', 2, 1, -20, null],
          ['CA', 1, 1, 0, 990],
        ],
      );
      expectUniqueGrain(result, ['year', 'stage', 'document_seq']);
    });
  });
});
