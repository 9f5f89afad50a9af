import { impactFixture } from '../../../backend/test/fixtures/commerce/counts';
import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('function kpi_flows_impact_compared_sites', () => {
  it('takes as controls the sites of the same kind outside the zone, unless controls are named', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99325');
      await impactFixture(trx, commune);
      await trx('counting_sites').insert({
        commune_insee: commune,
        site_id: 'Z2',
        name: 'Wazemmes marché',
        kind: 'pedestrian',
        zone: 'Wazemmes',
      });
      const compared = (controls: string[] | null) =>
        trx
          .select('site_id', 'grp', 'kind', 'zone')
          .from(
            trx.raw('analytics.kpi_flows_impact_compared_sites(?, ?::text[], ?::text[]) as c', [
              commune,
              ['Z1'],
              controls,
            ]),
          )
          .orderBy(['grp', 'site_id']);

      const automatic = await compared(null);
      const named = await compared(['C2']);

      // Z2 is in the zone's own zone (Wazemmes) and B1 counts bikes: neither is a control for Z1's pedestrians
      expect(automatic).toEqual([
        { site_id: 'C1', grp: 'control', kind: 'pedestrian', zone: 'Centre' },
        { site_id: 'C2', grp: 'control', kind: 'pedestrian', zone: 'Centre' },
        { site_id: 'Z1', grp: 'zone', kind: 'pedestrian', zone: 'Wazemmes' },
      ]);
      expect(named.map((r) => [r.site_id, r.grp])).toEqual([
        ['C2', 'control'],
        ['Z1', 'zone'],
      ]);
      expectUniqueGrain(automatic, ['site_id']);
    });
  });
});
