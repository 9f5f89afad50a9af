import type { Knex } from 'knex';
import { testKnex } from '../../test/helpers/database';
import { marts, martOf } from './marts';
import { materializedRelations, refreshAfterChange, refreshMarts, tableChanges, touchedTables } from './refresh-marts';

const commune = '99760';
const marted = '99761';

describe('the refresh registry', () => {
  let db: Knex;
  beforeAll(async () => {
    db = await testKnex();
  });
  afterAll(async () => {
    for (const code of [commune, marted]) {
      await db('counts_hourly').where({ commune_insee: code }).delete();
      await db('counting_sites').where({ commune_insee: code }).delete();
      await db('communes').where({ insee_code: code }).delete();
    }
    await refreshMarts(db);
  });

  it('knows each materialized relation after the ones it reads, even through plain views', async () => {
    const relations = await materializedRelations(db);
    const names = relations.map((r) => r.name);
    expect(names).toContain('analytics.stg_counts_daily');
    expect(names).toContain('analytics.stg_fluids_monthly');
    for (const mart of marts) expect(names).toContain(martOf(mart.view));
    for (const relation of relations) {
      for (const dep of relation.after) {
        expect(names.indexOf(dep))
          .withContext(`${dep} before ${relation.name}`)
          .toBeLessThan(names.indexOf(relation.name));
      }
    }
  });

  it('knows which tables each one is built on, through views and other materialized views', async () => {
    const relations = new Map((await materializedRelations(db)).map((r) => [r.name, r]));
    // the monthly fluids rollup reads the meter readings themselves
    expect(relations.get('analytics.stg_fluids_monthly')!.tables).toContain('meter_readings');
    // the overview's mart reads the bills through stg_fluids_yearly, itself built on stg_fluids_monthly
    const overview = relations.get(martOf('kpi_commune_year_overview'))!;
    expect(overview.tables).toContain('meter_readings');
    expect(overview.tables).toContain('premises_status');
    expect(overview.after).toContain('analytics.stg_fluids_yearly');
    // the peer groups read nothing of a commune's bills
    expect(relations.get('analytics.kpi_budget_peer_groups')!.tables).not.toContain('meter_readings');
  });

  it('refreshes only the relations built on the tables a change touched, and those built on them', async () => {
    const refreshed = await refreshMarts(db, { tables: ['premises_status'] });
    expect(refreshed).toContain('analytics.kpi_commerce_vacancy_monthly');
    expect(refreshed).toContain(martOf('kpi_commune_year_overview'));
    expect(refreshed).not.toContain('analytics.stg_fluids_monthly');
    expect(refreshed).not.toContain('analytics.stg_counts_daily');
    expect(refreshed).not.toContain('analytics.kpi_budget_peer_groups');
  });

  it("reads what a change touched from the change's own transaction, triggers included", async () => {
    const touched = await db.transaction(async (trx) => {
      const before = await tableChanges(trx);
      await trx('communes').insert({ insee_code: commune, name: 'Registreville', population: 1000 });
      await trx('counting_sites').insert({
        commune_insee: commune,
        site_id: 'S1',
        name: 'Rue Neuve',
        kind: 'pedestrian',
      });
      await trx('counts_hourly').insert({
        commune_insee: commune,
        site_id: 'S1',
        hour: '2024-05-02 10:00',
        count: 100,
      });
      return touchedTables(trx, before);
    });
    // counts_daily and counts_hour_profile are kept by triggers of counts_hourly
    expect(touched).toEqual(['communes', 'counting_sites', 'counts_daily', 'counts_hour_profile', 'counts_hourly']);
  });

  it('serves in a mart what its view computes, once refreshed after the change', async () => {
    const touched = await db.transaction(async (trx) => {
      const before = await tableChanges(trx);
      await trx('communes').insert({ insee_code: marted, name: 'Martville', population: 1000 });
      await trx('counting_sites').insert({
        commune_insee: marted,
        site_id: 'S1',
        name: 'Rue Neuve',
        kind: 'pedestrian',
      });
      await trx('counts_hourly').insert({ commune_insee: marted, site_id: 'S1', hour: '2024-05-02 10:00', count: 100 });
      return touchedTables(trx, before);
    });
    const refreshed = await refreshAfterChange(db, touched);
    expect(refreshed).toContain('analytics.stg_counts_daily');
    const [fromView, fromMart] = await Promise.all([
      db('analytics.kpi_commune_year_overview').where({ commune_insee: marted }).orderBy('year'),
      db(martOf('kpi_commune_year_overview')).where({ commune_insee: marted }).orderBy('year'),
    ]);
    // 100 passers-by on 2 May 2024
    expect(fromMart.map((r) => [r.year, r.footfall])).toEqual([[2024, 100]]);
    expect(fromMart).toEqual(fromView);
  });
});
