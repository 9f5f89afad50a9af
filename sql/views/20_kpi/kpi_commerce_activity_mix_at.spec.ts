import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_commerce_activity_mix_at', () => {
  it('splits the occupied premises of each area by activity, shares summing to one', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99305');
      await insertPremises(trx, commune, [
        {
          id: 'A',
          street: 'rue Neuve',
          surface_m2: 100,
          history: [['2020-01-01', 'occupied', 'alimentaire']],
        },
        {
          id: 'B',
          street: 'rue Neuve',
          surface_m2: 60,
          history: [['2020-01-01', 'occupied', 'restauration']],
        },
        {
          id: 'C',
          street: 'rue Solférino',
          surface_m2: 40,
          history: [['2020-01-01', 'occupied', 'alimentaire']],
        },
        { id: 'D', street: 'rue Solférino', surface_m2: 30, history: [['2020-01-01', 'occupied']] },
        // vacant, and an activity that changed after the date: neither counts
        { id: 'E', street: 'rue Neuve', history: [['2020-01-01', 'vacant']] },
        {
          id: 'F',
          street: 'rue Neuve',
          history: [
            ['2020-01-01', 'occupied', 'services'],
            ['2025-01-01', 'occupied', 'autre'],
          ],
        },
      ]);

      const result = await trx
        .select('*')
        .from(trx.raw('analytics.kpi_commerce_activity_mix_at(?, ?) as m', [commune, '2024-06-30']))
        .orderBy(['level', 'street', 'activity']);

      expect(
        result
          .filter((r) => r.level !== 'quartier')
          .map((r) => [r.level, r.street, r.activity, r.premises, r.share, r.surface_m2]),
      ).toEqual([
        // 5 occupied in the commune: alimentaire 2/5, restauration, services and 'non renseignée' 1/5 each
        ['commune', null, 'alimentaire', 2, 0.4, 140],
        ['commune', null, 'non renseignée', 1, 0.2, 30],
        ['commune', null, 'restauration', 1, 0.2, 60],
        ['commune', null, 'services', 1, 0.2, 0],
        ['street', 'rue Neuve', 'alimentaire', 1, 0.3333, 100],
        ['street', 'rue Neuve', 'restauration', 1, 0.3333, 60],
        ['street', 'rue Neuve', 'services', 1, 0.3333, 0],
        ['street', 'rue Solférino', 'alimentaire', 1, 0.5, 40],
        ['street', 'rue Solférino', 'non renseignée', 1, 0.5, 30],
      ]);
      expectUniqueGrain(result, ['level', 'quartier_id', 'street', 'activity']);
      const commune_ = result.filter((r) => r.level === 'commune');
      expect(commune_.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 4);
      // quartier level: no premises is placed in a quartier, so one 'no quartier' area holding all five
      const noQuartier = result.filter((r) => r.level === 'quartier');
      expect(noQuartier.every((r) => r.quartier_id === null)).toBeTrue();
      expect(noQuartier.reduce((s, r) => s + r.premises, 0)).toBe(5);
    });
  });
});
