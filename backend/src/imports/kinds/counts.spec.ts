import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { fixture, importCli } from '../../../test/fixtures/commerce/cli';
import { deleteTownCentreCommune } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';
import { aggregateHours, parisOffsetMinutes, parseLocalTimestamp } from './counts';

const commune = '99344';

describe('npm run import -- counting-sites and counts (Etalab comptage des mobilités and vendor exports)', () => {
  let db: Knex;
  let url: string;
  const hours = (site: string) =>
    db('counts_hourly')
      .where({ commune_insee: commune, site_id: site })
      .orderBy('hour')
      .select(db.raw("to_char(hour, 'YYYY-MM-DD HH24:MI') as hour"), 'count', 'status');

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    await db('communes').insert({ insee_code: commune, name: 'Compteville', population: 10000 });
  }, 60_000);

  /** Specs run in random order: the site list is imported by the spec that tests it, else here when missing. */
  const ensureSites = async () => {
    if (await db('counting_sites').where({ commune_insee: commune }).first()) return;
    await importCli(['counting-sites', fixture('etalab-sites.csv'), '--commune', commune], url);
    await importCli(['counting-sites', fixture('etalab-channels.csv'), '--commune', commune], url);
  };

  afterAll(async () => {
    await deleteTownCentreCommune(db, commune);
    await db.raw('refresh materialized view analytics.stg_counts_daily');
    await db.raw('refresh materialized view analytics.stg_counts_periods');
  }, 60_000);

  it("lands the Etalab site file, then the channel file, which sets each site's kind from its mobility type", async () => {
    for (const table of ['counts_hourly', 'counts_daily_measures', 'counting_channels', 'counting_sites'])
      await db(table).where({ commune_insee: commune }).delete();
    const sites = await importCli(['counting-sites', fixture('etalab-sites.csv'), '--commune', commune], url);
    const channels = await importCli(['counting-sites', fixture('etalab-channels.csv'), '--commune', commune], url);
    const again = await importCli(['counting-sites', fixture('etalab-channels.csv'), '--commune', commune], url);

    expect(sites.code)
      .withContext(sites.stdout + sites.stderr)
      .toBe(0);
    expect(channels.code)
      .withContext(channels.stdout + channels.stderr)
      .toBe(0);
    // 3 channels written, and S-LIB's kind set to bike
    expect(channels.stdout).toContain('3 lignes lues, 4 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('3 lignes lues, 0 écrites, 3 déjà à jour');
    const stored = await db('counting_sites')
      .where({ commune_insee: commune })
      .orderBy('site_id')
      .select('site_id', 'name', 'kind', 'zone', 'lat', 'lon');
    expect(stored).toEqual([
      {
        site_id: 'S-GAM',
        name: 'Piétons rue Léon Gambetta',
        kind: 'pedestrian',
        zone: 'Wazemmes',
        lat: 50.6285,
        lon: 3.0525,
      },
      {
        site_id: 'S-LIB',
        name: 'Vélos boulevard de la Liberté',
        kind: 'bike',
        zone: 'Centre-ville',
        lat: 50.633,
        lon: 3.058,
      },
    ]);
    const stepped = await db('counting_channels')
      .where({ commune_insee: commune })
      .orderBy('channel_id')
      .select('channel_id', 'site_id', 'direction', 'time_step_s', 'started_at');
    expect(stepped.map((c) => [c.channel_id, c.site_id, c.direction, c.time_step_s, c.started_at])).toEqual([
      ['CH-GAM-N', 'S-GAM', 'N', 900, '2024-01-01'],
      ['CH-GAM-S', 'S-GAM', 'S', 900, '2024-01-01'],
      ['CH-LIB-E', 'S-LIB', 'E', 3600, '2024-01-01'],
    ]);
  }, 120_000);

  it('aggregates Etalab 15-minute measures in UTC into local hours, an hour with a missing quarter kept as a fault', async () => {
    await ensureSites();
    const first = await importCli(['counts', fixture('etalab-measures.csv'), '--commune', commune], url);
    const again = await importCli(['counts', fixture('etalab-measures.csv'), '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('17 lignes lues, 17 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('17 lignes lues, 0 écrites, 17 déjà à jour');
    // 08:00Z is 10:00 in Paris in May (UTC+2): N 4 x 10 + S 4 x 5 = 60; at 11:00 S misses 11:45: 40 + 15, a fault
    const onThe2nd = async (site: string) => (await hours(site)).filter((h) => h.hour.startsWith('2024-05-02'));
    expect(await onThe2nd('S-GAM')).toEqual([
      { hour: '2024-05-02 10:00', count: 60, status: 'ok' },
      { hour: '2024-05-02 11:00', count: 55, status: 'fault' },
    ]);
    // hourly bike counts with a +02:00 offset; an empty count is no count, not zero
    expect(await onThe2nd('S-LIB')).toEqual([
      { hour: '2024-05-02 08:00', count: 120, status: 'ok' },
      { hour: '2024-05-02 09:00', count: null, status: 'fault' },
    ]);
    // the daily rollup followed, and was refreshed for the pages
    const day = await db('analytics.stg_counts_daily')
      .where({ commune_insee: commune, site_id: 'S-GAM', day: '2024-05-02' })
      .first();
    expect([day.count_total, day.hours_ok, day.hours_fault, day.hours_missing, day.is_complete]).toEqual([
      60,
      1,
      1,
      22,
      false,
    ]);
  }, 120_000);

  it('aggregates a Windows-1252 vendor export of 15-minute rows per direction, a faulty quarter making its hour faulty', async () => {
    await ensureSites();
    const result = await importCli(['counts', fixture('vendor-15min-cp1252.csv'), '--commune', commune], url);

    expect(result.code)
      .withContext(result.stdout + result.stderr)
      .toBe(0);
    expect(result.stdout).toContain('17 lignes lues, 17 écrites, 0 déjà à jour');
    // 10:00: entrée 4 x 12 + sortie 4 x 8 = 80; 11:00: sortie broke down at 11:15: 48 + 24 valid, kept as a fault
    expect((await hours('S-GAM')).filter((h) => h.hour.startsWith('2024-05-03'))).toEqual([
      { hour: '2024-05-03 10:00', count: 80, status: 'ok' },
      { hour: '2024-05-03 11:00', count: 72, status: 'fault' },
    ]);
    expect((await hours('S-LIB')).filter((h) => h.hour.startsWith('2024-05-03'))).toEqual([
      { hour: '2024-05-03 08:00', count: 1234, status: 'ok' },
    ]);
  }, 120_000);

  it('refuses a bad counts file, writes nothing, and names every bad line', async () => {
    await ensureSites();
    const before = await db('counts_hourly').where({ commune_insee: commune }).count<{ count: number }[]>('* as count');

    const result = await importCli(['counts', fixture('counts-bad.csv'), '--commune', commune, '--json'], url);
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.issues).toEqual([
      {
        line: 2,
        column: 'site_id',
        value: 'NOPE',
        reason: 'site inconnu : importez-le d’abord (kind counting-sites) (2 lignes, de la ligne 2 à la ligne 3)',
      },
      {
        line: 4,
        column: 'timestamp',
        value: '2024-05-03 25:00',
        reason: 'horodatage illisible (attendu AAAA-MM-JJ HH:MM, JJ/MM/AAAA HH:MM ou ISO 8601)',
      },
      { line: 5, column: 'count', value: '-3', reason: 'nombre inférieur au minimum autorisé (0)' },
      {
        line: 7,
        column: null,
        value: 'S-GAM IN 2024-05-03 13:00:00',
        reason: 'doublon de la ligne 6',
      },
      {
        line: 8,
        column: 'status',
        value: 'cassé',
        reason: 'état inconnu (ok/valide ou panne/défaut/erreur attendu)',
      },
    ]);
    expect(
      await db('counts_hourly').where({ commune_insee: commune }).count<{ count: number }[]>('* as count'),
    ).toEqual(before);
  }, 60_000);

  it('counts each line of a refused file once, a line dated in the future included', async () => {
    await ensureSites();
    const file = path.join(os.tmpdir(), `counts-future-${process.pid}.csv`);
    fs.writeFileSync(
      file,
      [
        'site;timestamp;direction;count;status',
        'S-GAM;2024-05-04 10:00;IN;5;ok',
        'S-GAM;2024-05-04 11:00;IN;6;ok',
        'S-GAM;2099-05-04 12:00;IN;7;ok',
      ].join('\n'),
    );
    const result = await importCli(['counts', file, '--commune', commune, '--json'], url);
    fs.rmSync(file);
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(report.issues.map((issue: { line: number; reason: string }) => [issue.line, issue.reason])).toEqual([
      [4, 'horodatage dans le futur'],
    ]);
    expect(report.rows_read).toBe(3);
  }, 60_000);
});

describe('counts import: local time and hours', () => {
  it('moves instants to the Paris wall clock across both clock changes', () => {
    const minutes = (iso: string) => Date.parse(`${iso}Z`) / 60_000;
    // 31/03/2024: clocks go forward at 01:00 UTC; 27/10/2024: back at 01:00 UTC
    expect(parisOffsetMinutes(minutes('2024-03-31T00:59:00'))).toBe(60);
    expect(parisOffsetMinutes(minutes('2024-03-31T01:00:00'))).toBe(120);
    expect(parisOffsetMinutes(minutes('2024-10-27T00:59:00'))).toBe(120);
    expect(parisOffsetMinutes(minutes('2024-10-27T01:00:00'))).toBe(60);
    expect(parseLocalTimestamp('2024-03-31T01:30:00Z')).toBe(minutes('2024-03-31T03:30:00'));
    expect(parseLocalTimestamp('2024-01-15T10:15:00+01:00')).toBe(minutes('2024-01-15T10:15:00'));
    expect(parseLocalTimestamp('15/01/2024 10:15')).toBe(minutes('2024-01-15T10:15:00'));
    expect(parseLocalTimestamp('2024-02-30 10:00')).toBeUndefined();
  });

  it('counts the repeated October hour once, with the slots of both passes', () => {
    const at = (iso: string) => Date.parse(`${iso}Z`) / 60_000;
    // 00:00Z and 01:00Z on 27/10/2024 are both 02:00 in Paris: one hourly row holding two hours of counts
    const slots = [
      {
        line: 2,
        site_id: 'S',
        stream: '',
        start: parseLocalTimestamp('2024-10-27T00:00:00Z')!,
        step: 60,
        count: 10,
        fault: false,
      },
      {
        line: 3,
        site_id: 'S',
        stream: '',
        start: parseLocalTimestamp('2024-10-27T01:00:00Z')!,
        step: 60,
        count: 7,
        fault: false,
      },
    ];

    expect(slots[0].start).toBe(at('2024-10-27T02:00:00'));
    expect(aggregateHours(slots)).toEqual([
      { site_id: 'S', hour: '2024-10-27 02:00:00', count: 17, status: 'ok', lines: 2 },
    ]);
  });
});
