import type { Knex } from 'knex';
import { copyRows } from '../copy-rows';
import { upsertRows } from '../upsert';
import type { HourRow } from './counts-slots';

/**
 * Lands hours in counts_hourly with COPY: straight into the table when none of the file's sites has a stored hour in
 * its span (a new month or year of counts); otherwise in three set-based statements: COPY into a temporary staging
 * table, keep the previous version of every row that will change (for a rollback), then one upsert that leaves
 * identical rows alone. The rollup triggers (migration 0032) see one statement's worth of changes either way.
 * Returns the file lines behind the hours written (an hour carries the share of the lines it was built from).
 */
export async function writeHours(
  trx: Knex.Transaction,
  commune: string,
  importId: number,
  hours: HourRow[],
): Promise<number> {
  if (hours.length === 0) return 0;
  if (!(await overlapsStoredHours(trx, commune, hours))) {
    // new sites or a new period (the usual monthly or yearly file): nothing to compare, COPY straight into the table
    await copyHours(
      trx,
      importId,
      (function* () {
        for (const h of hours) yield { commune_insee: commune, ...h };
      })(),
    );
    return Math.round(hours.reduce((n, h) => n + h.lines, 0));
  }
  await trx.raw(
    `create temp table if not exists counts_incoming (site_id text, hour timestamp, count integer, status text, lines double precision)
     on commit drop`,
  );
  await trx.raw('truncate counts_incoming');
  await copyRows(
    trx,
    'counts_incoming',
    ['site_id', 'hour', 'count', 'status', 'lines'],
    (function* () {
      for (const h of hours) yield [h.site_id, h.hour, h.count, h.status, h.lines];
    })(),
  );
  await trx.raw('analyze counts_incoming');
  await trx.raw(
    `insert into import_row_versions (import_id, table_name, row_key, previous)
     select ?::bigint, 'counts_hourly', jsonb_build_object('commune_insee', h.commune_insee, 'site_id', h.site_id, 'hour', h.hour),
            to_jsonb(h)
     from counts_hourly h
     join counts_incoming i on h.commune_insee = ? and h.site_id = i.site_id and h.hour = i.hour
     where (h.count, h.status) is distinct from (i.count, i.status)
     on conflict do nothing`,
    [importId, commune],
  );
  const result = await trx.raw<{ rows: { lines: number | null }[] }>(
    `with written as (
       insert into counts_hourly as h (commune_insee, site_id, hour, count, status, import_id)
       select ?, site_id, hour, count, status, ?::bigint from counts_incoming
       on conflict (commune_insee, site_id, hour) do update
         set count = excluded.count, status = excluded.status, import_id = excluded.import_id
         where (h.count, h.status) is distinct from (excluded.count, excluded.status)
       returning site_id, hour
     )
     select sum(i.lines) as lines from written w join counts_incoming i using (site_id, hour)`,
    [commune, importId],
  );
  return Math.round(Number(result.rows[0]?.lines ?? 0));
}

/**
 * The fast path of writeHours: hours no stored row shares (a new period, new sites, the demo city after its rows were
 * deleted) COPYed straight into counts_hourly, as they come (an iterable: the demo's millions are never held at
 * once). The rollup triggers see one statement. Returns the rows written.
 */
export function copyHours(
  trx: Knex.Transaction,
  importId: number,
  hours: Iterable<{ commune_insee: string; site_id: string; hour: string; count: number | null; status: string }>,
): Promise<number> {
  return copyRows(
    trx,
    'counts_hourly',
    ['commune_insee', 'site_id', 'hour', 'count', 'status', 'import_id'],
    (function* () {
      for (const h of hours) yield [h.commune_insee, h.site_id, h.hour, h.count, h.status, importId];
    })(),
  );
}

/** Whether any stored hour of these sites falls within the file's span (then the rows are merged, not appended). */
async function overlapsStoredHours(trx: Knex.Transaction, commune: string, hours: HourRow[]): Promise<boolean> {
  let first = hours[0].hour;
  let last = hours[0].hour;
  const sites = new Set<string>();
  for (const h of hours) {
    if (h.hour < first) first = h.hour;
    if (h.hour > last) last = h.hour;
    sites.add(h.site_id);
  }
  const found = await trx('counts_hourly')
    .where({ commune_insee: commune })
    .whereIn('site_id', [...sites])
    .whereBetween('hour', [first, last])
    .first(trx.raw('1 as one'));
  return found !== undefined;
}

/**
 * Days counted by the day (counts_daily_measures, migration 0061): few rows (one per site and day), merged with the
 * generic upsert, which keeps the previous version of each changed row for a rollback. Returns the lines written.
 */
export async function writeDays(
  trx: Knex.Transaction,
  commune: string,
  importId: number,
  days: HourRow[],
): Promise<number> {
  if (days.length === 0) return 0;
  const rows = days.map((d) => ({
    commune_insee: commune,
    site_id: d.site_id,
    day: d.hour.slice(0, 10),
    count: d.count,
    status: d.status,
    import_id: importId,
  }));
  const before = new Map<string, number>(days.map((d) => [`${d.site_id} ${d.hour.slice(0, 10)}`, d.lines]));
  const result = await upsertRows(trx, 'counts_daily_measures', rows, ['commune_insee', 'site_id', 'day']);
  // upsertRows counts rows; an unchanged re-run writes none, a first run all: lines follow rows here
  const lines = [...before.values()].reduce((a, b) => a + b, 0);
  return Math.round((lines * result.written) / rows.length);
}
