import type { Knex } from 'knex';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

/** One executed (CA) real line per entry: [section, direction, chapter, account, amount]. */
async function insertCa(
  trx: Knex.Transaction,
  commune: string,
  year: number,
  lines: [string, string, string, string, number][],
  extra = {},
) {
  await trx('budget_lines').insert(
    lines.map(([section, direction, chapter, account, amount]) => ({
      commune_insee: commune,
      year,
      stage: 'CA',
      section,
      direction,
      is_real: true,
      chapter,
      account,
      function_code: '',
      amount_executed: amount,
      ...extra,
    })),
  );
}

describe('view kpi_budget_ratios', () => {
  it('computes the savings, the debt capacity and the financing of investment from the executed accounts', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99110', { population: 10000 });
      await insertCa(trx, commune, 2024, [
        // RRF = 6 000 000 + 2 500 000 + 400 000 + 100 000 = 9 000 000 (asset sales, 775, left out)
        ['F', 'R', '731', '73111', 6_000_000],
        ['F', 'R', '74', '7411', 2_500_000],
        ['F', 'R', '70', '7067', 400_000],
        ['F', 'R', '013', '6419', 100_000],
        ['F', 'R', '77', '775', 300_000],
        // DRF = 1 800 000 + 5 000 000 + 200 000 + 500 000 + 150 000 + 10 000 + 40 000 = 7 700 000; interest 160 000
        ['F', 'D', '011', '60612', 1_800_000],
        ['F', 'D', '012', '64111', 5_000_000],
        ['F', 'D', '65', '6553', 200_000],
        ['F', 'D', '65', '6574', 500_000],
        ['F', 'D', '66', '66111', 150_000],
        ['F', 'D', '66', '66112', 10_000],
        ['F', 'D', '67', '673', 40_000],
        // investment: repayment 700 000; a refinancing (166) on both sides is no repayment nor new borrowing
        ['I', 'D', '16', '1641', 700_000],
        ['I', 'D', '16', '166', 1_000_000],
        ['I', 'R', '16', '166', 1_000_000],
        // equipment = 2 000 000 + 300 000 + 100 000 = 2 400 000; a loan granted (27) is investment, not equipment
        ['I', 'D', '23', '2313', 2_000_000],
        ['I', 'D', '21', '2183', 300_000],
        ['I', 'D', '204', '20422', 100_000],
        ['I', 'D', '27', '274', 50_000],
        // own investment revenue: FCTVA 350 000 + grant 250 000 (the capitalised surplus 1068 is last year's result)
        ['I', 'R', '10', '10222', 350_000],
        ['I', 'R', '10', '1068', 800_000],
        ['I', 'R', '13', '1321', 250_000],
        ['I', 'R', '16', '1641', 600_000],
        // carried results are not the year's revenue or spending
        ['F', 'R', '002', '002', 500_000],
        ['I', 'D', '001', '001', 200_000],
      ]);
      // order operations (depreciation) are not real
      await insertCa(
        trx,
        commune,
        2024,
        [
          ['F', 'D', '042', '6811', 900_000],
          ['I', 'R', '040', '28183', 900_000],
        ],
        { is_real: false },
      );
      // 2023: RRF 8 000 000, DRF 7 500 000 -> épargne brute 500 000 (6.25 %), repayment 600 000 -> épargne nette -100 000
      await insertCa(trx, commune, 2023, [
        ['F', 'R', '731', '73111', 8_000_000],
        ['F', 'D', '012', '64111', 7_500_000],
        ['I', 'D', '16', '1641', 600_000],
        ['I', 'D', '23', '2313', 1_000_000],
      ]);
      // 2022: savings negative, debt unknown
      await insertCa(trx, commune, 2022, [
        ['F', 'R', '731', '73111', 7_000_000],
        ['F', 'D', '012', '64111', 7_200_000],
      ]);
      // 2025 has only a BP: no executed ratios yet
      await trx('budget_lines').insert({
        commune_insee: commune,
        year: 2025,
        stage: 'BP',
        section: 'F',
        direction: 'R',
        is_real: true,
        chapter: '731',
        account: '73111',
        amount_voted: 9_500_000,
      });
      await trx('debt_outstanding').insert([
        { commune_insee: commune, year: 2023, outstanding_eur: 9_000_000 },
        { commune_insee: commune, year: 2024, outstanding_eur: 9_100_000 },
      ]);

      const result = await rows(trx, 'kpi_budget_ratios', { commune_insee: commune }, ['year']);

      expect(result.map((r) => r['year'])).toEqual([2022, 2023, 2024]);
      expect(result[2]).toEqual(
        jasmine.objectContaining({
          recettes_reelles_fonctionnement: 9_000_000,
          depenses_reelles_fonctionnement: 7_700_000,
          interets_dette: 160_000,
          epargne_gestion: 1_460_000, // 9 000 000 - (7 700 000 - 160 000)
          epargne_brute: 1_300_000,
          taux_epargne_brute: 0.1444, // 1 300 000 / 9 000 000 = 0.14444
          remboursement_capital: 700_000,
          epargne_nette: 600_000,
          encours_dette: 9_100_000,
          capacite_desendettement_annees: 7, // 9 100 000 / 1 300 000
          depenses_equipement: 2_400_000,
          recettes_investissement_hors_emprunt: 900_000, // 350 000 + 250 000 + 300 000 of asset sales
          emprunts_nouveaux: 600_000,
          depenses_investissement_hors_dette: 2_450_000,
          variation_fonds_roulement: -350_000, // 600 000 + 900 000 + 600 000 - 2 450 000
          rigidite: 0.5956, // (5 000 000 + 160 000 + 200 000) / 9 000 000 = 0.59556
          rrf_par_habitant: 900,
          drf_par_habitant: 770,
          depenses_equipement_par_habitant: 240,
          encours_dette_par_habitant: 910,
          taux_epargne_brute_status: 'ok',
          capacite_desendettement_status: 'ok',
          epargne_nette_status: 'ok',
          epargne_brute_prev: 500_000,
          epargne_brute_change: 1.6, // (1 300 000 - 500 000) / 500 000
          depenses_equipement_change: 1.4, // (2 400 000 - 1 000 000) / 1 000 000
          capacite_desendettement_prev: 18,
        }),
      );
      // 2023: 6.25 % is under the 7 % critical line; 9 000 000 / 500 000 = 18 years, over 15
      expect(result[1]).toEqual(
        jasmine.objectContaining({
          taux_epargne_brute: 0.0625,
          epargne_nette: -100_000,
          capacite_desendettement_annees: 18,
          taux_epargne_brute_status: 'critical',
          capacite_desendettement_status: 'critical',
          epargne_nette_status: 'critical',
          epargne_brute_change: 3.5, // (500 000 - (-200 000)) / 200 000
          depenses_equipement_change: null, // nothing in 2022 to compare with
        }),
      );
      // 2022: negative savings and no debt annex: the capacity is unknown, not a number of years
      expect(result[0]).toEqual(
        jasmine.objectContaining({
          epargne_brute: -200_000,
          taux_epargne_brute: -0.0286,
          encours_dette: null,
          capacite_desendettement_annees: null,
          capacite_desendettement_status: null,
          epargne_brute_prev: null,
        }),
      );
      expectUniqueGrain(result, ['commune_insee', 'year']);
      for (const r of result) {
        expect(r['epargne_brute']).toBe(
          (r['recettes_reelles_fonctionnement'] as number) - (r['depenses_reelles_fonctionnement'] as number),
        );
        expect(r['epargne_nette']).toBe((r['epargne_brute'] as number) - (r['remboursement_capital'] as number));
        expect(r['taux_epargne_brute']).toBeLessThanOrEqual(1);
      }
    });
  });

  it('says a debt with no savings to repay it is critical, and no debt at all is fine', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99111');
      await insertCa(trx, commune, 2024, [
        ['F', 'R', '731', '73111', 1_000],
        ['F', 'D', '012', '64111', 1_200],
      ]);
      await insertCa(trx, commune, 2025, [
        ['F', 'R', '731', '73111', 1_000],
        ['F', 'D', '012', '64111', 1_200],
      ]);
      await trx('debt_outstanding').insert([
        { commune_insee: commune, year: 2024, outstanding_eur: 5_000 },
        { commune_insee: commune, year: 2025, outstanding_eur: 0 },
      ]);

      const result = await rows(trx, 'kpi_budget_ratios', { commune_insee: commune }, ['year']);

      expect(
        result.map((r) => [r['year'], r['capacite_desendettement_annees'], r['capacite_desendettement_status']]),
      ).toEqual([
        [2024, null, 'critical'],
        [2025, null, 'ok'],
      ]);
    });
  });
});
