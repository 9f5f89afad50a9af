import type { Knex } from 'knex';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const STRATE = 'communes de 10 000 à 20 000 hab';
const FPU = 'appartenant à un groupement fiscalisé (FPU)';

/**
 * A DGFiP line reduced to what the personnel indicators read: population, perso and charge in k€, fperso (€/inh.)
 * and the strate's published mperso; rperso / rmperso in %.
 */
async function insertDgfip(
  trx: Knex.Transaction,
  insee: string,
  dep: string,
  population: number,
  persoK: number,
  chargeK: number,
) {
  await trx('dgfip_comptes_communes').insert({
    commune_insee: insee,
    year: 2024,
    name: `C${insee}`,
    departement: dep,
    population,
    strate_population: STRATE,
    strate_fiscalite: FPU,
    perso: persoK,
    fperso: Math.round((persoK * 100000) / population) / 100,
    mperso: 600,
    charge: chargeK,
    rperso: Math.round((persoK / chargeK) * 10000) / 100,
    rmperso: 50,
  });
}

/**
 * Five communes of one strate, four in département 98 and one in 97 (codes 99xxx, test only):
 *   A 10 000 inh., perso 5 000 k€ -> 500 €/inh.   B 12 000 inh., 7 200 k€ -> 600   C 15 000 inh., 10 500 k€ -> 700
 *   D 10 000 inh., 8 000 k€ -> 800                E 20 000 inh., 18 000 k€ -> 900 (département 97)
 * Strate (5 communes): values 500 600 700 800 900: median 700, q1 (position 1) 600, q3 (position 3) 800; C is 3rd;
 *   the average shown is the DGFiP's published mperso, 600. Computed average (ratio of sums) of the group:
 *   (5 000 + 7 200 + 10 500 + 8 000 + 18 000) k€ / 67 000 inh. = 48 700 000 / 67 000 = 726.87 €/inh.
 * Département 98 (A, B, C, D): 4 communes, so no median nor quartiles; average 30 700 000 / 47 000 = 653.19;
 *   C (700) is 2nd after D (800).
 * EPCI 200000001 holds A and C: average (5 000 + 10 500) k€ / 25 000 = 620 €/inh.; C 1st.
 * Partners: A and C are full communes, the others reference communes -> a group of 2: A 500 and C 700, average
 *   15 500 000 / 25 000 = 620, C 1st.
 */
describe('views kpi_budget_peer_groups and kpi_budget_peers', () => {
  it('sets each commune beside its strate, département, EPCI and partners', async () => {
    await withRollback(async (trx) => {
      const ref = { is_reference: true };
      await insertCommune(trx, '99101', { epci_siren: '200000001', epci_name: 'CA Test' });
      await insertCommune(trx, '99102', ref);
      await insertCommune(trx, '99103', { epci_siren: '200000001', epci_name: 'CA Test' });
      await insertCommune(trx, '99104', ref);
      await insertCommune(trx, '99105', ref);
      await insertDgfip(trx, '99101', '98', 10000, 5000, 10000);
      await insertDgfip(trx, '99102', '98', 12000, 7200, 12000);
      await insertDgfip(trx, '99103', '98', 15000, 10500, 15000);
      await insertDgfip(trx, '99104', '98', 10000, 8000, 16000);
      await insertDgfip(trx, '99105', '97', 20000, 18000, 30000);
      await trx.raw('refresh materialized view analytics.kpi_budget_peer_groups');

      const groups = await rows(trx, 'kpi_budget_peer_groups', { indicator: 'charges_personnel_par_habitant' }, [
        'group_kind',
        'group_key',
      ]);
      expectUniqueGrain(groups, ['group_kind', 'group_key', 'year', 'indicator']);
      const strate = groups.find((g) => g.group_kind === 'strate')!;
      expect([strate.group_size, strate.group_average, strate.group_median, strate.group_q1, strate.group_q3]).toEqual([
        5, 726.87, 700, 600, 800,
      ]);

      const peers = await rows(
        trx,
        'kpi_budget_peers',
        { commune_insee: '99103', indicator: 'charges_personnel_par_habitant' },
        ['group_kind'],
      );
      expectUniqueGrain(peers, ['commune_insee', 'year', 'group_kind', 'indicator']);
      const pick = (r: Record<string, unknown>) => [
        r.group_kind,
        r.commune_value,
        r.group_average,
        r.group_median,
        r.group_q1,
        r.group_q3,
        r.group_size,
        r.rank,
        r.source,
      ];
      expect(peers.map(pick)).toEqual([
        ['departement', 700, 653.19, null, null, null, 4, 2, 'dgfip'],
        ['epci', 700, 620, null, null, null, 2, 1, 'dgfip'],
        ['partners', 700, 620, null, null, null, 2, 1, 'dgfip'],
        ['strate', 700, 600, 700, 600, 800, 5, 3, 'dgfip'],
      ]);
      // invariants: a rank lies within its group; the median between the quartiles
      const all = await rows(trx, 'kpi_budget_peers', { year: 2024 });
      for (const r of all.filter((x) => x.rank !== null))
        expect(r.rank as number).toBeLessThanOrEqual(r.group_size as number);
      for (const g of groups.filter((x) => x.group_median !== null)) {
        expect(
          (g.group_q1 as number) <= (g.group_median as number) && (g.group_median as number) <= (g.group_q3 as number),
        ).toBe(true);
      }
    });
  });

  it("reads the share of personnel costs as published (rperso / 100) beside the strate's (rmperso / 100)", async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, '99106');
      await insertDgfip(trx, '99106', '98', 10000, 5000, 8000); // 5 000 / 8 000 = 62.50 %
      await trx.raw('refresh materialized view analytics.kpi_budget_peer_groups');
      const [share] = await rows(trx, 'kpi_budget_peers', {
        commune_insee: '99106',
        indicator: 'part_charges_personnel',
        group_kind: 'strate',
      });
      expect([share.unit, share.commune_value, share.group_average, share.group_size, share.rank]).toEqual([
        'ratio',
        0.625,
        0.5,
        1,
        1,
      ]);
    });
  });
});
