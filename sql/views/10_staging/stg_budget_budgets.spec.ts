import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_budget_budgets', () => {
  it("lists a commune's budgets, registered or only seen in its lines, with the years they cover", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99122');
      await trx('budgets').insert({
        commune_insee: commune,
        code: '21991220000046',
        kind: 'annexe',
        name: 'Camping municipal',
        siret: '21991220000046',
      });
      const line = {
        commune_insee: commune,
        section: 'F',
        direction: 'D',
        is_real: true,
        chapter: '011',
        account: '60612',
      };
      await trx('budget_lines').insert([
        { ...line, year: 2023, stage: 'CA', amount_executed: 10 },
        { ...line, year: 2024, stage: 'BP', amount_voted: 10 },
        { ...line, budget: '21991220000046', year: 2024, stage: 'CG', amount_executed: 5 },
      ]);

      const result = await rows<any>(trx, 'stg_budget_budgets', { commune_insee: commune }, ['code']);

      expectUniqueGrain(result, ['commune_insee', 'code']);
      expect(result.map((b) => [b.code, b.kind, b.name, b.first_year, b.last_year, b.accounts_years])).toEqual([
        ['21991220000046', 'annexe', 'Camping municipal', 2024, 2024, [2024]], // its balance stands for its accounts
        ['principal', 'principal', 'Budget principal', 2023, 2024, [2023]],
      ]);
    });
  });
});
