import { testKnex } from '../../test/helpers/database';
import { rollupsInDependencyOrder } from './rollups';

describe('refreshing the materialized rollups', () => {
  it('refreshes every rollup after the rollups it is built on, even through plain views', async () => {
    const db = await testKnex();
    const ordered = await rollupsInDependencyOrder(db);
    const deps = await db.raw<{ rows: { name: string; dep: string }[] }>(
      `select distinct v.oid::regclass::text as name, dc.oid::regclass::text as dep
         from pg_class v join pg_rewrite r on r.ev_class = v.oid
         join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass and d.refclassid = 'pg_class'::regclass
         join pg_class dc on dc.oid = d.refobjid
        where v.relkind = 'm' and dc.relkind = 'm' and v.relnamespace = 'analytics'::regnamespace and dc.oid <> v.oid`,
    );

    expect(ordered).toContain('analytics.stg_counts_daily');
    expect(ordered).toContain('analytics.stg_fluids_monthly');
    for (const { name, dep } of deps.rows) {
      expect(ordered.indexOf(dep)).withContext(`${dep} before ${name}`).toBeLessThan(ordered.indexOf(name));
    }
  });
});
