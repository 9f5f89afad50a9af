import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

/**
 * A commune of 10 000 inhabitants with its own CA 2024 and the DGFiP's line of the same year:
 *   own accounts: RRF 10 000 000 (731), DRF 8 500 000 of which personnel (012) 5 000 000 -> épargne brute 1 500 000,
 *     taux 15 %, personnel 500 €/inh., personnel share 5 000 000 / 8 500 000 = 0.5882;
 *   DGFiP: pop1 10 000, prod 10 300 k€ (asset sales and exceptional items counted), caf 1 800 k€ -> rcaf 17.48 %,
 *     fcaf 180 €/inh.; perso 5 000 k€, fperso 500 €/inh., rperso 58.82 %.
 *   -> personnel per inhabitant: 500 vs 500, concordant; share: 0.5882 vs 0.5882, concordant;
 *      épargne brute per inhabitant: 150 vs 180, gap -30, perimetre; taux: 0.15 vs 0.1748, gap -0.0248, perimetre.
 * A second year (2023) where the DGFiP counts 12 000 inhabitants: personnel 500 €/inh. (own) vs 416.67 (5 000 k€ /
 *   12 000) -> gap 83.33, reason population.
 */
describe('view kpi_budget_vs_dgfip', () => {
  it("sets the commune's own ratios beside the DGFiP's and says why they differ", async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99120', { population: 10000 });
      for (const year of [2023, 2024]) {
        await trx('budget_lines').insert([
          {
            commune_insee: commune,
            year,
            stage: 'CA',
            section: 'F',
            direction: 'R',
            is_real: true,
            chapter: '731',
            account: '73111',
            amount_executed: 10_000_000,
          },
          {
            commune_insee: commune,
            year,
            stage: 'CA',
            section: 'F',
            direction: 'D',
            is_real: true,
            chapter: '012',
            account: '64111',
            amount_executed: 5_000_000,
          },
          {
            commune_insee: commune,
            year,
            stage: 'CA',
            section: 'F',
            direction: 'D',
            is_real: true,
            chapter: '011',
            account: '60612',
            amount_executed: 3_500_000,
          },
        ]);
      }
      const dgfip = {
        commune_insee: commune,
        name: 'TESTVILLE',
        departement: '99',
        perso: 5000,
        charge: 8500,
        rperso: 58.82,
        prod: 10300,
        caf: 1800,
        rcaf: 17.48,
      };
      await trx('dgfip_comptes_communes').insert([
        { ...dgfip, year: 2024, population: 10000, fperso: 500, fcaf: 180 },
        { ...dgfip, year: 2023, population: 12000, fperso: 416.67, fcaf: 150 },
      ]);
      const result = await rows(trx, 'kpi_budget_vs_dgfip', { commune_insee: commune }, ['year', 'indicator']);
      expectUniqueGrain(result, ['commune_insee', 'year', 'indicator']);
      const pick = (year: number, indicator: string) => {
        const r = result.find((x) => x.year === year && x.indicator === indicator)!;
        return [r.own_value, r.dgfip_value, r.gap, r.gap_reason];
      };
      expect(pick(2024, 'charges_personnel_par_habitant')).toEqual([500, 500, 0, 'concordant']);
      expect(pick(2024, 'part_charges_personnel')).toEqual([0.5882, 0.5882, 0, 'concordant']);
      expect(pick(2024, 'epargne_brute_par_habitant')).toEqual([150, 180, -30, 'perimetre']);
      expect(pick(2024, 'taux_epargne_brute')).toEqual([0.15, 0.1748, -0.0248, 'perimetre']);
      expect(pick(2023, 'charges_personnel_par_habitant')).toEqual([500, 416.67, 83.33, 'population']);
    });
  });
});
