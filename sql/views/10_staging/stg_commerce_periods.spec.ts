import { insertPremises, insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view stg_commerce_periods', () => {
  it('turns dated status changes into periods, with the previous status and the start of each vacancy spell', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99301');
      const centre = await insertQuartier(trx, commune, 'Centre');
      await insertPremises(trx, commune, [
        {
          id: 'P1',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 100,
          history: [
            ['2020-01-01', 'occupied', 'alimentaire'],
            ['2021-03-15', 'vacant'],
            // a second vacant record (a new owner, say) continues the same spell
            ['2021-09-01', 'vacant'],
            ['2022-02-01', 'works'],
            ['2022-05-01', 'occupied', 'restauration'],
          ],
        },
        {
          id: 'P2',
          street: 'rue Neuve',
          quartier_id: centre,
          surface_m2: 50,
          history: [
            ['2020-01-01', 'vacant'],
            ['2020-06-01', 'occupied', 'services'],
          ],
        },
        // an upper-floor office is not a shop premises in the vacancy sense
        { id: 'P3', street: 'rue Neuve', ground_floor: false, history: [['2020-01-01', 'vacant']] },
      ]);

      const result = await rows(trx, 'stg_commerce_periods', { commune_insee: commune }, ['premises_id', 'valid_from']);

      expect(
        result.map((r) => [
          r['premises_id'],
          r['valid_from'],
          r['valid_to'],
          r['status'],
          r['activity'],
          r['previous_status'],
          r['vacant_since'],
        ]),
      ).toEqual([
        // each period ends the day before the next change: 2021-03-15 - 1 = 2021-03-14, 2021-09-01 - 1 = 2021-08-31 ...
        ['P1', '2020-01-01', '2021-03-14', 'occupied', 'alimentaire', null, null],
        ['P1', '2021-03-15', '2021-08-31', 'vacant', null, 'occupied', '2021-03-15'],
        ['P1', '2021-09-01', '2022-01-31', 'vacant', null, 'vacant', '2021-03-15'],
        ['P1', '2022-02-01', '2022-04-30', 'works', null, 'vacant', null],
        ['P1', '2022-05-01', null, 'occupied', 'restauration', 'works', null],
        ['P2', '2020-01-01', '2020-05-31', 'vacant', null, null, '2020-01-01'],
        ['P2', '2020-06-01', null, 'occupied', 'services', 'vacant', null],
      ]);
      expect(result.every((r) => r['street'] === 'rue Neuve' && r['quartier'] === 'Centre')).toBeTrue();
      expectUniqueGrain(result, ['premises_id', 'valid_from']);
      // periods of a premises follow each other without gap or overlap
      for (let i = 1; i < result.length; i++) {
        if (result[i]['premises_id'] !== result[i - 1]['premises_id']) continue;
        const dayAfter = new Date(Date.parse(`${result[i - 1]['valid_to']}T00:00:00Z`) + 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(result[i]['valid_from']).toBe(dayAfter);
      }
    });
  });
});
