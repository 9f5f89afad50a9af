import type { Knex } from 'knex';
import { deleteTownCentreCommune } from '../../../test/fixtures/commerce/premises';
import { flows, importCli } from '../../../test/fixtures/flows';
import { testDatabase } from '../../../test/helpers/database';

/** Each spec lands its files in a commune of its own (99351, 99352...), so the specs run in any order. */
const firstCommune = 99351;
const etalab = ['sites.csv', 'channels.csv', 'measures.csv'].map((f) => flows(`etalab-eco-compteur/${f}`));

/** Real files and real layouts, through `npm run import` as a person types it; figures in fixtures/flows/PROVENANCE.md. */
describe('npm run import -- counts with the files communes publish (Etalab set, Eco-Counter portal, per-loop export)', () => {
  let db: Knex;
  let url: string;
  let commune: string;
  let specs = 0;
  const days = (sites: string[]) =>
    db('counts_daily')
      .where({ commune_insee: commune })
      .whereIn('site_id', sites)
      .orderBy(['site_id', 'day'])
      .select('site_id', 'day', 'count_total', 'hours_ok', 'hours_fault', 'hours_present');
  const hours = (site: string) =>
    db('counts_hourly')
      .where({ commune_insee: commune, site_id: site })
      .orderBy('hour')
      .select(db.raw("to_char(hour, 'YYYY-MM-DD HH24:MI') as hour"), 'count', 'status');

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
  }, 60_000);

  beforeEach(async () => {
    commune = String(firstCommune + specs++);
    await db('communes').insert({ insee_code: commune, name: 'Comptages-sur-Loire', population: 20000 });
  });

  afterEach(async () => {
    await deleteTownCentreCommune(db, commune);
  }, 60_000);

  afterAll(async () => {
    await db.raw('refresh materialized view analytics.stg_counts_daily');
    await db.raw('refresh materialized view analytics.stg_counts_periods');
  }, 60_000);

  it('checks the Etalab site + channel + measure set in a dry run and says what would land, writing nothing', async () => {
    const result = await importCli(['counts', ...etalab, '--commune', commune, '--dry-run'], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(result.stdout).toContain('vérifié sans erreur');
    // 4 counting sites (Champtoceaux split by kind) + 10 channels + 30 daily measures
    expect(result.stdout).toContain('Contenu : 43 lignes ; année 2022 ; 4 sites ; sites piétons : 2, sites vélos : 2.');
    expect(result.stdout).toContain('sites.csv : sites (schéma Etalab comptage des mobilités)');
    expect(
      await db('counting_sites').where({ commune_insee: commune }).count<{ count: number }[]>('* as count'),
    ).toEqual([{ count: 0 }]);
  }, 60_000);

  it('lands the set all together, one counting site per kind of mobility, daily counts as complete days', async () => {
    const first = await importCli(['counts', ...etalab, '--commune', commune], url);
    const again = await importCli(['counts', ...etalab, '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(again.stdout).withContext('a re-run changes nothing').toContain('0 écrites');
    const sites = await db('counting_sites')
      .where({ commune_insee: commune })
      .orderBy('site_id')
      .select('site_id', 'name', 'kind', 'place_id');
    expect(sites).toEqual([
      { site_id: '300014141-bike', name: 'Champtoceaux (vélos)', kind: 'bike', place_id: '300014141' },
      { site_id: '300014141-pedestrian', name: 'Champtoceaux (piétons)', kind: 'pedestrian', place_id: '300014141' },
      { site_id: '300014142', name: 'Rue Gambetta', kind: 'pedestrian', place_id: null },
      { site_id: '300014151', name: 'Mauves sur Loire', kind: 'bike', place_id: null },
    ]);
    const day = (site_id: string, d: string, count_total: number) => ({
      site_id,
      day: d,
      count_total,
      hours_ok: 24,
      hours_fault: 0,
      hours_present: 24,
    });
    expect(await days(sites.map((s) => s.site_id))).toEqual([
      day('300014141-bike', '2022-05-01', 550),
      day('300014141-bike', '2022-05-02', 115),
      day('300014141-bike', '2022-05-03', 338),
      day('300014141-pedestrian', '2022-05-01', 12),
      day('300014141-pedestrian', '2022-05-02', 0),
      day('300014141-pedestrian', '2022-05-03', 1),
      day('300014142', '2022-05-01', 7327),
      day('300014142', '2022-05-02', 5954),
      day('300014142', '2022-05-03', 5987),
      day('300014151', '2022-05-01', 491),
      day('300014151', '2022-05-02', 173),
      day('300014151', '2022-05-03', 156),
    ]);
    // at commune level the kinds stay apart: bikes 550 + 491, pedestrians 12 + 7 327
    const commune1May = await db('analytics.kpi_counts_daily')
      .where({ commune_insee: commune, level: 'commune', day: '2022-05-01' })
      .orderBy('kind')
      .select('kind', 'count_total');
    expect(commune1May).toEqual([
      { kind: 'bike', count_total: 1041 },
      { kind: 'pedestrian', count_total: 7339 },
    ]);
  }, 120_000);

  it('lands a portal Eco-Counter export with its sites, an absent hour staying missing (never zero)', async () => {
    const file = flows('portals/comptage-velo-donnees-compteurs.csv');
    const withoutKind = await importCli(['counts', file, '--commune', commune, '--dry-run'], url);
    const dryRun = await importCli(['counts', file, '--commune', commune, '--kind', 'bike', '--dry-run'], url);
    const landed = await importCli(['counts', file, '--commune', commune, '--kind', 'bike'], url);

    expect(withoutKind.code).toBe(1);
    expect(withoutKind.stdout).toContain(
      'le fichier ne dit pas quelle mobilité ses 2 nouveaux sites comptent : précisez-le avec --kind bike',
    );
    expect(dryRun.stdout).toContain('Contenu : 7 lignes ; année 2024 ; 2 sites ; sites vélos : 2.');
    expect(landed.code)
      .withContext(landed.stdout + landed.stderr)
      .toBe(0);
    expect(
      await db('counting_sites')
        .where({ commune_insee: commune, site_id: '100047542' })
        .first('name', 'kind', 'lat', 'lon'),
    ).toEqual({ name: '88 bd Exemple', kind: 'bike', lat: 50.63142, lon: 3.05721 });
    expect(
      await db('counting_channels')
        .where({ commune_insee: commune, site_id: '100047542' })
        .orderBy('channel_id')
        .pluck('channel_id'),
    ).toEqual(['100047542-103047542', '100047542-104047542']);
    expect(await hours('100047542')).toEqual([
      { hour: '2024-03-01 08:00', count: 75, status: 'ok' },
      { hour: '2024-03-01 09:00', count: 52, status: 'fault' },
      { hour: '2024-03-01 10:00', count: 119, status: 'ok' },
    ]);
    expect(await hours('300014702')).toEqual([
      { hour: '2024-03-01 08:00', count: 12, status: 'ok' },
      { hour: '2024-03-01 09:00', count: 0, status: 'ok' },
    ]);
  }, 120_000);

  it('lands a per-loop daily export: "Forte" days faulty, an empty hour missing, a repeated loop-day reported, not refused', async () => {
    const file = flows('portals/comptages-velo-boucles.csv');
    const result = await importCli(['counts', file, '--commune', commune, '--kind', 'bike'], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(result.stdout).toContain(
      'ligne 5, colonne loop_id, valeur « 0674 2021-03-16 » : boucle et jour déjà présents ligne 2 : la ligne 2 est gardée',
    );
    expect(await db('counting_sites').where({ commune_insee: commune, site_id: '0674' }).first('name', 'kind')).toEqual(
      { name: '0674 - Pont Haudaudine vers Sud', kind: 'bike' },
    );
    expect(await days(['0674', '0675'])).toEqual([
      { site_id: '0674', day: '2021-03-16', count_total: 1947, hours_ok: 24, hours_fault: 0, hours_present: 24 },
      { site_id: '0674', day: '2021-03-17', count_total: 0, hours_ok: 0, hours_fault: 24, hours_present: 24 },
      { site_id: '0675', day: '2021-03-16', count_total: 1394, hours_ok: 23, hours_fault: 0, hours_present: 23 },
    ]);
  }, 120_000);
});
