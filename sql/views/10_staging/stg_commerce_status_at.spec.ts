import type { Knex } from 'knex';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

const statusAt = (trx: Knex.Transaction, commune: string, date: string) =>
  trx
    .select('*')
    .from(trx.raw('analytics.stg_commerce_status_at(?, ?) as s', [commune, date]))
    .orderBy('premises_id');

describe('function stg_commerce_status_at', () => {
  it('gives each premises its status on a day and, when vacant, how long it has been empty', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99302');
      await insertPremises(trx, commune, [
        {
          id: 'P1',
          street: 'rue Neuve',
          history: [
            ['2020-01-01', 'occupied', 'alimentaire'],
            ['2021-03-15', 'vacant'],
            ['2021-09-01', 'vacant'],
            ['2022-02-01', 'works'],
          ],
        },
        {
          id: 'P2',
          street: 'rue Neuve',
          history: [
            ['2020-01-01', 'vacant'],
            ['2020-06-01', 'occupied', 'services'],
          ],
        },
        { id: 'P3', street: 'rue de Béthune', history: [['2022-01-01', 'occupied', 'services']] },
        { id: 'P4', street: 'rue de Béthune', history: [['2018-06-01', 'vacant']] },
      ]);

      const result = await statusAt(trx, commune, '2021-12-31');

      expect(
        result.map((r) => [
          r.premises_id,
          r.status,
          r.activity,
          r.status_since,
          r.vacant_since,
          r.vacant_days,
          r.vacant_over_1_year,
          r.vacant_over_3_years,
        ]),
      ).toEqual([
        // 2021-12-31 - 2021-03-15: 16 days to 31 March + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 (April to December) = 291
        ['P1', 'vacant', null, '2021-09-01', '2021-03-15', 291, false, false],
        ['P2', 'occupied', 'services', '2020-06-01', null, null, false, false],
        // since 2018-06-01: 214 days to 2019-01-01, 365 + 366 to 2021-01-01, then 364: 1309 days, over three years
        ['P4', 'vacant', null, '2018-06-01', '2018-06-01', 1309, true, true],
      ]);
      expectUniqueGrain(result, ['premises_id']);
      // before its first known status, a premises is not listed; on the day of a change, the new status holds
      expect((await statusAt(trx, commune, '2017-12-31')).length).toBe(0);
      expect((await statusAt(trx, commune, '2019-12-31')).map((r) => r.premises_id)).toEqual(['P4']);
      expect((await statusAt(trx, commune, '2022-02-01')).map((r) => [r.premises_id, r.status])).toEqual([
        ['P1', 'works'],
        ['P2', 'occupied'],
        ['P3', 'occupied'],
        ['P4', 'vacant'],
      ]);
      // the same answer as the periods of stg_commerce_periods, on every day a status changes and the day before
      for (const day of [
        '2020-05-31',
        '2020-06-01',
        '2021-03-14',
        '2021-03-15',
        '2021-08-31',
        '2021-09-01',
        '2022-01-31',
        '2022-02-01',
      ]) {
        const periods = await trx('analytics.stg_commerce_periods')
          .where({ commune_insee: commune })
          .where('valid_from', '<=', day)
          .where((q) => q.whereNull('valid_to').orWhere('valid_to', '>=', day))
          .orderBy('premises_id')
          .select('premises_id', 'status', 'vacant_since');
        expect(
          (await statusAt(trx, commune, day)).map((r) => ({
            premises_id: r.premises_id,
            status: r.status,
            vacant_since: r.vacant_since,
          })),
        )
          .withContext(day)
          .toEqual(periods);
      }
    });
  });
});
