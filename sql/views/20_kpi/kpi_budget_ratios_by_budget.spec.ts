import type { Knex } from 'knex';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

/** One executed real line per entry: [budget, section, direction, chapter, account, amount, stage]. */
async function insertLines(
  trx: Knex.Transaction,
  commune: string,
  lines: [string, string, string, string, string, number, string?][],
) {
  await trx('budget_lines').insert(
    lines.map(([budget, section, direction, chapter, account, amount, stage]) => ({
      commune_insee: commune,
      budget,
      year: 2024,
      stage: stage ?? 'CA',
      section,
      direction,
      is_real: true,
      chapter,
      account,
      function_code: '',
      amount_executed: amount,
    })),
  );
}

const lotissement = '21991200000047';
const eau = '21991200000054';

describe('view kpi_budget_ratios_by_budget', () => {
  it('gives each budget its own ratios, and the consolidated budget without the transfers between them', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99120', { population: 2000 });
      await trx('budgets').insert([
        {
          commune_insee: commune,
          code: 'principal',
          kind: 'principal',
          name: 'Budget principal',
          siret: '21991200000013',
        },
        { commune_insee: commune, code: lotissement, kind: 'annexe', name: 'Lotissement des Prés', siret: lotissement },
      ]);
      await trx('debt_outstanding').insert({ commune_insee: commune, year: 2024, outstanding_eur: 900_000 });
      await insertLines(trx, commune, [
        // principal: RRF 1 000 000; DRF 700 000 + subsidy to the lotissement 50 000 = 750 000; repayment 60 000
        ['principal', 'F', 'R', '731', '73111', 1_000_000],
        ['principal', 'F', 'D', '012', '64111', 700_000],
        ['principal', 'F', 'D', '65', '657363', 50_000],
        ['principal', 'I', 'D', '16', '1641', 60_000],
        ['principal', 'I', 'D', '23', '2313', 200_000],
        // the lotissement: sales 300 000 + the subsidy received 50 000 = RRF 350 000; works 280 000
        [lotissement, 'F', 'R', '70', '7015', 300_000],
        [lotissement, 'F', 'R', '74', '7474', 50_000],
        [lotissement, 'F', 'D', '011', '6045', 280_000],
        // a budget annexe known only from the comptable's balance (stage CG): 40 000 of water sold
        [eau, 'F', 'R', '70', '70111', 40_000, 'CG'],
      ]);

      const result = await rows<any>(trx, 'kpi_budget_ratios_by_budget', { commune_insee: commune }, ['budget']);

      expectUniqueGrain(result, ['commune_insee', 'year', 'budget']);
      expect(
        result.map((r) => [
          r.budget,
          r.budget_kind,
          r.budget_name,
          r.recettes_reelles_fonctionnement,
          r.depenses_reelles_fonctionnement,
          r.epargne_brute,
          r.epargne_nette,
          r.encours_dette,
          r.capacite_desendettement_annees,
        ]),
      ).toEqual([
        [lotissement, 'annexe', 'Lotissement des Prés', 350_000, 280_000, 70_000, 70_000, null, null],
        [eau, 'annexe', `Budget annexe ${eau}`, 40_000, 0, 40_000, 40_000, null, null],
        // 1 000 000 + 350 000 + 40 000 - 50 000 = 1 340 000; 750 000 + 280 000 - 50 000 = 980 000
        [
          'consolidated',
          'consolidated',
          'Budget consolidé (principal et annexes)',
          1_340_000,
          980_000,
          360_000,
          300_000,
          null,
          null,
        ],
        // 1 000 000 - 750 000 = 250 000; nette 250 000 - 60 000; 900 000 / 250 000 = 3.6 years
        ['principal', 'principal', 'Budget principal', 1_000_000, 750_000, 250_000, 190_000, 900_000, 3.6],
      ]);
      // the parts add up: the consolidated épargne brute is the budgets' (transfers cancel out)
      expect(result.find((r) => r.budget === 'consolidated').epargne_brute).toBe(250_000 + 70_000 + 40_000);
      // kpi_budget_ratios is the budget principal's row, the annexes never in it
      const principal = await rows<any>(trx, 'kpi_budget_ratios', { commune_insee: commune });
      expect(principal.map((r) => [r.recettes_reelles_fonctionnement, r.depenses_reelles_fonctionnement])).toEqual([
        [1_000_000, 750_000],
      ]);
    });
  });

  it("takes a year's executed accounts from its compte administratif, the comptable's balance (CG) only without one", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99121');
      await insertLines(trx, commune, [
        ['principal', 'F', 'R', '731', '73111', 990_000, 'CG'],
        ['principal', 'F', 'R', '731', '73111', 1_000_000, 'CA'],
        ['principal', 'F', 'D', '011', '60612', 100_000, 'CG'],
      ]);

      const result = await rows<any>(trx, 'kpi_budget_ratios', { commune_insee: commune });
      const lines = await rows<any>(trx, 'stg_budget_all_lines', { commune_insee: commune });

      // the CA is loaded: the balance's lines (both) are left out, not added
      expect(result.map((r) => [r.recettes_reelles_fonctionnement, r.depenses_reelles_fonctionnement])).toEqual([
        [1_000_000, 0],
      ]);
      expect(lines.map((l) => [l.stage, l.source, l.amount_executed])).toEqual([['CA', 'document', 1_000_000]]);
    });
  });
});
